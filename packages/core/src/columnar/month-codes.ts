import type { ColumnTable } from "arquero";
import { dayColumn, NO_DAY } from "./day-column.js";
import { yearMonth } from "./year-month.js";

/** The month of each row of a date column, as a code into its labels (see {@link monthCodes}). */
export interface MonthCodes {
  /** one code per row into `labels`; −1 where the cell is not a valid date */
  codes: Int32Array;
  /** `yyyy-mm` of each code, in calendar order */
  labels: string[];
}

/**
 * The calendar month (UTC) of each row of a date column, as small integer codes: each day's month
 * written once, the labels in calendar order.
 *
 * Why: monthly counts group millions of rows by month; a code per row in a typed array is what the
 * counting needs, and writing `yyyy-mm` once per distinct day instead of once per row is the cheap part.
 *
 * @param table - an arquero table
 * @param name - a column of dates
 * @returns the codes and their `yyyy-mm` labels
 * @throws Error when the table has no column `name`
 * @example
 * const m = monthCodes(aq.table({ d: [new Date("2025-02-03"), null, new Date("2025-01-31")] }), "d");
 * [Array.from(m.codes), m.labels] // => [[1, -1, 0], ["2025-01", "2025-02"]]
 */
export function monthCodes(table: ColumnTable, name: string): MonthCodes {
  const days = dayColumn(table, name);
  let min = 2_147_483_647;
  let max = -2_147_483_647;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const codes = new Int32Array(days.length).fill(-1);
  if (min > max) return { codes, labels: [] };
  // the month of each day of the span, as a number of months since year 0
  const monthOfDay = new Int32Array(max - min + 1);
  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  for (let d = min; d <= max; d++) {
    const date = new Date(d * 86_400_000);
    const m = date.getUTCFullYear() * 12 + date.getUTCMonth();
    monthOfDay[d - min] = m;
    if (m < firstMonth) firstMonth = m;
    if (m > lastMonth) lastMonth = m;
  }
  const labels: string[] = [];
  for (let m = firstMonth; m <= lastMonth; m++)
    labels.push(yearMonth(Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000) as string);
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (d !== NO_DAY) codes[i] = (monthOfDay[d - min] as number) - firstMonth;
  }
  return { codes, labels };
}
