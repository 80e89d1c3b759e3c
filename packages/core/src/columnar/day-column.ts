import type { ColumnTable } from "arquero";
import { CodedColumn } from "./coded-column.js";
import { readColumnOrCodes } from "./read-column.js";

/** The day number given to a cell that holds no valid date. */
export const NO_DAY = -2_147_483_648;

const DAY = 86_400_000;
const cache = new WeakMap<object, Int32Array>();

/**
 * The day of each row of a date column, as whole days since 1970-01-01 (UTC) in an `Int32Array`:
 * {@link NO_DAY} where the cell is not a valid `Date`. Computed once per column and remembered while
 * the column lives (arquero tables share their columns, never change them).
 *
 * Why: the indicators look at the same dates many times (per person and day, per month, per year of
 * arrival); reading a `Date` object per row at each look, in an order that jumps around memory, cost
 * more than the counting itself on a log of millions of rows.
 *
 * @param table - an arquero table
 * @param name - a column of dates
 * @returns one day number per row, in the table's row order (read-only: shared between callers)
 * @throws Error when the table has no column `name`
 * @example
 * Array.from(dayColumn(aq.table({ d: [new Date("1970-01-02"), null] }), "d")) // => [1, -2147483648]
 */
export function dayColumn(table: ColumnTable, name: string): Int32Array {
  const values = readColumnOrCodes(table, name);
  const plain = !table.isFiltered() && !table.isOrdered();
  const known = plain ? cache.get(values as object) : undefined;
  if (known) return known;
  const out = new Int32Array(values.length);
  if (values instanceof CodedColumn) {
    // each distinct value's day once
    const dayOf = Int32Array.from(values.dictionary, dayOfValue);
    const { codes } = values;
    for (let i = 0; i < codes.length; i++) out[i] = dayOf[codes[i] as number] as number;
  } else for (let i = 0; i < values.length; i++) out[i] = dayOfValue(values[i]);
  if (plain) cache.set(values as object, out);
  return out;
}

function dayOfValue(v: unknown): number {
  if (!(v instanceof Date)) return NO_DAY;
  const t = v.getTime();
  return Number.isNaN(t) ? NO_DAY : Math.floor(t / DAY);
}
