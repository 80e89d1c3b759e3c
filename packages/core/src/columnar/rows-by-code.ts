/** The rows of a code column grouped by code (see {@link rowsByCode}). */
export interface RowsByCode {
  /** the rows with a code, code by code (0 first); within a code, in the order they were visited */
  order: Int32Array;
  /** where each code's rows start in `order`: code c holds `order[starts[c]]` to `order[starts[c + 1] - 1]` */
  starts: Int32Array;
}

/**
 * The rows of each code together: a counting sort of the rows by an integer code from 0 to
 * `count` − 1 (−1 leaves a row out), stable. With `within`, only those rows are visited, in that
 * order, so that a second sort keeps the first one inside each code.
 *
 * Why: counting distinct people per group, or hours per person and day, means visiting each
 * person's rows together; sorting millions of rows by a small integer takes two passes over typed
 * arrays, where keys of text and a map per group took most of a report's time.
 *
 * @param codes - one code per row, −1 for a row left out
 * @param count - how many codes there are (every code is below it)
 * @param within - the rows to visit and their order; default every row, in table order
 * @returns the rows in code order and where each code starts
 * @example
 * const { order, starts } = rowsByCode(Int32Array.from([1, 0, -1, 1]), 2);
 * [Array.from(order), Array.from(starts)] // => [[1, 0, 3], [0, 1, 3]]
 */
export function rowsByCode(codes: Int32Array, count: number, within?: Int32Array): RowsByCode {
  const starts = new Int32Array(count + 1);
  const visits = within === undefined ? codes.length : within.length;
  for (let at = 0; at < visits; at++) {
    const c = codes[within === undefined ? at : (within[at] as number)] as number;
    if (c >= 0) starts[c + 1] = (starts[c + 1] as number) + 1;
  }
  for (let c = 0; c < count; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const order = new Int32Array(starts[count] as number);
  const next = starts.slice(0, count);
  for (let at = 0; at < visits; at++) {
    const row = within === undefined ? at : (within[at] as number);
    const c = codes[row] as number;
    if (c < 0) continue;
    order[next[c] as number] = row;
    next[c] = (next[c] as number) + 1;
  }
  return { order, starts };
}

const shared = new WeakMap<Int32Array, { count: number; rows: RowsByCode }>();

/**
 * {@link rowsByCode} of a code column that is shared and never changed (a table's people as
 * `memberCodesOf` tells them apart), sorted once for every analysis that visits each person's rows:
 * the plausibility checks, the counts of distinct people per group, the members per category.
 * The arrays returned are shared too: never write into them.
 *
 * @param codes - a shared code column, −1 for a row left out
 * @param count - how many codes there are
 * @returns the rows in code order and where each code starts
 */
export function rowsBySharedCode(codes: Int32Array, count: number): RowsByCode {
  const hit = shared.get(codes);
  if (hit !== undefined && hit.count === count) return hit.rows;
  const rows = rowsByCode(codes, count);
  shared.set(codes, { count, rows });
  return rows;
}
