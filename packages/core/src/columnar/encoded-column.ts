/**
 * A column held as dictionary codes: one `Int32Array` code per row, indexing the column's distinct
 * values. Every value, missing ones included, has a code; codes are dense (0 … dictionary.length − 1)
 * and numbered in order of first appearance.
 */
export interface EncodedColumn {
  /** Per row, the index of its value in {@link EncodedColumn.dictionary}. */
  readonly codes: Int32Array;
  /** The distinct values, each as it first appeared (a `Date` for dates, `null` for a blank). */
  readonly dictionary: readonly unknown[];
}

/**
 * Whether a value counts as present: not `null`, `undefined`, `NaN` or an invalid date.
 *
 * Why: sums, counts of values and distinct counts leave out missing values, and dropping rows with a
 * missing key needs one definition of missing. It is arquero's `op.valid`, except that an invalid
 * `Date` is missing here (arquero counts it as a value).
 *
 * @param value - any value
 * @example
 * [null, undefined, Number.NaN, new Date(Number.NaN), 0, ""].map(isPresent) // => [false, false, false, false, true, true]
 */
export function isPresent(value: unknown): boolean {
  if (value == null) return false;
  if (typeof value === "number") return !Number.isNaN(value);
  return !(value instanceof Date && Number.isNaN(value.getTime()));
}
