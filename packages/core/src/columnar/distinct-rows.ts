import { firstOccurrences, foldKeys } from "./combine-codes.js";
import type { EncodedColumn } from "./encoded-column.js";

/** Options of {@link distinctRows}. */
export interface DistinctRowsOptions {
  /** Rows to consider (indices into the columns), in this order; default every row. */
  rows?: ArrayLike<number>;
}

/**
 * The rows that are the first of their combination of values: exact duplicates dropped, order kept.
 *
 * Why: a log exported twice, or merged from two antennas, repeats whole rows once they are cleaned.
 * arquero's `dedupe` builds a text key per row; this combines the columns' codes into one float64
 * per row, looked up in hash tables of typed arrays small enough to stay in cache, with no string
 * per row. Two rows are duplicates when every column has the same
 * code, that is the same value as {@link encodeColumn} compares them (`null` equals `null`, `NaN`
 * equals `NaN`, dates by time).
 *
 * @param columns - encoded columns of equal length (at least one)
 * @param options - `rows` to restrict to a selection
 * @returns the indices of the rows kept, increasing (in selection order when `rows` is given)
 * @throws RangeError when no column is given or the columns differ in length
 * @example
 * const who = encodeColumn(["a", "b", "a", "a"]);
 * const day = encodeColumn([1, 1, 1, 2]);
 * Array.from(distinctRows([who, day])) // => [0, 1, 3]
 */
export function distinctRows(columns: readonly EncodedColumn[], options: DistinctRowsOptions = {}): Int32Array {
  const first = columns[0];
  if (first === undefined) throw new RangeError("distinctRows: needs at least one column");
  const length = first.codes.length;
  if (columns.some((c) => c.codes.length !== length))
    throw new RangeError("distinctRows: needs columns of equal length");
  const keys = columns.map((c) => ({ codes: c.codes, size: c.dictionary.length }));
  return firstOccurrences(foldKeys(keys, options.rows, length).keys, options.rows);
}
