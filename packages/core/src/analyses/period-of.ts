/** Calendar periods results are grouped by. */
export const Period = { week: "week", month: "month", quarter: "quarter", year: "year" } as const;
export type Period = (typeof Period)[keyof typeof Period];

/** Whether a value names a supported period. */
export function isPeriod(value: unknown): value is Period {
  return value === "week" || value === "month" || value === "quarter" || value === "year";
}

const DAY = 86_400_000;

/**
 * Integer index of the period containing a day (days since 1970-01-01, UTC); consecutive periods
 * have consecutive indices (internal).
 */
export function periodIndex(day: number, period: Period): number {
  if (period === "week") return Math.floor((day + 3) / 7); // weeks start on Monday; 1970-01-01 was a Thursday
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === "month") return y * 12 + m;
  if (period === "quarter") return y * 4 + Math.floor(m / 3);
  return y;
}

/** First day (days since epoch) of the period with this index (internal). */
export function periodStartDay(index: number, period: Period): number {
  if (period === "week") return index * 7 - 3;
  if (period === "month") return Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY;
  if (period === "quarter") return Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1) / DAY;
  return Date.UTC(index, 0, 1) / DAY;
}

/** ISO label of the period with this index: "2025-W03", "2025-01", "2025-Q1", "2025" (internal). */
export function periodLabel(index: number, period: Period): string {
  if (period === "month") return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  if (period === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  if (period === "year") return String(index);
  // ISO 8601 week: the week belongs to the year of its Thursday
  const thursday = new Date((index * 7 - 3 + 3) * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursdayDay = Math.floor(Date.UTC(year, 0, 4) / DAY);
  const week = index - Math.floor((firstThursdayDay + 3) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Whole days since 1970-01-01 of a date (UTC), or null when the value is not a valid date (internal). */
export function dayOf(value: unknown): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : Math.floor(t / DAY);
  }
  return null;
}

/**
 * The ISO label of the calendar period containing a date: `"2025-W03"` (ISO 8601 week),
 * `"2025-01"`, `"2025-Q1"` or `"2025"`.
 *
 * Why: every table of the analyses labels its periods this way, so they sort as text and charts
 * can parse them; use it to label your own rows the same way.
 *
 * @param date - a valid `Date` (read in UTC)
 * @param period - `"week"`, `"month"`, `"quarter"` or `"year"`
 * @throws RangeError when the date is invalid or the period unknown
 * @example
 * periodOf(new Date("2025-01-01"), "week") // => "2025-W01"
 * periodOf(new Date("2024-12-30"), "week") // => "2025-W01"
 * periodOf(new Date("2025-05-17"), "quarter") // => "2025-Q2"
 */
export function periodOf(date: Date, period: Period): string {
  const day = dayOf(date);
  if (day === null) throw new RangeError("periodOf: needs a valid date");
  if (!isPeriod(period)) throw new RangeError("periodOf: needs a period among week, month, quarter, year");
  return periodLabel(periodIndex(day, period), period);
}
