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

/** Whether a value counts as present, as arquero counts it: not `null`, `undefined` or `NaN`. */
export function isPresent(value: unknown): boolean {
  return value != null && !(typeof value === "number" && Number.isNaN(value));
}
