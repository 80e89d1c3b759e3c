import { type ColumnTable, table as makeTable } from "arquero";
import { combineCodes, firstOccurrences, foldKeys } from "./combine-codes.js";
import { type EncodedColumn, isPresent } from "./encoded-column.js";

/**
 * One figure per group for {@link groupRollup}:
 * - `count`: rows in the group;
 * - `sum`: sum of the present values (see `isPresent`) as numbers (`+value`), `null` when the group
 *   has none (arquero gives `undefined`), added in row order exactly as arquero's `op.sum` adds them,
 *   so the result is the same to the last bit;
 * - `valid`: number of present values (not `null`, `undefined`, `NaN` or an invalid date);
 * - `distinct`: number of distinct present values (arquero's `op.distinct` also counts the missing
 *   values as one more: this one does not, which is what "distinct people" needs).
 */
export type RollupAggregate =
  | { op: "count" }
  | { op: "sum"; column: EncodedColumn | ArrayLike<unknown> }
  | { op: "valid"; column: EncodedColumn | ArrayLike<unknown> }
  | { op: "distinct"; column: EncodedColumn };

/** Options of {@link groupRollup}. */
export interface GroupRollupOptions {
  /** Rows to aggregate (indices into the columns), e.g. from `distinctRows`; default every row. */
  rows?: ArrayLike<number>;
  /** Leave out the rows where a key is missing (`null`, `undefined`, `NaN`, an invalid date); default false. */
  dropMissing?: boolean;
}

/**
 * Groups rows by one or more encoded columns and computes counts, sums and distinct counts per group.
 *
 * Why: the figures of a report are rows, hours and distinct people by month and activity, by site, by
 * volunteer. arquero's `groupby().rollup()` builds a text key and calls an aggregate object per row;
 * this combines the keys' codes in typed arrays and adds into typed arrays, with one pass per figure.
 * Groups come in order of their first row, like arquero's; each key column holds the key's value as
 * the column's dictionary has it (its first appearance: `0` or `-0`, whichever came first).
 *
 * @param keys - encoded columns to group by, by output name (none: one group of every row)
 * @param aggregates - the figures, by output name
 * @param options - `rows` to restrict to a selection, `dropMissing` to leave out missing keys
 * @returns an arquero table: the key columns, then one column per figure, one row per group
 * @throws RangeError when columns differ in length
 * @example
 * const month = encodeColumn(["2024-01", "2024-01", "2024-02", "2024-01"]);
 * const who = encodeColumn(["a", "b", "a", null]);
 * const hours = encodeColumn([2, 3, 1.5, 4]);
 * groupRollup(
 *   { month },
 *   { rows: { op: "count" }, hours: { op: "sum", column: hours }, people: { op: "distinct", column: who } },
 * ).objects()
 * // => [{ month: "2024-01", rows: 3, hours: 9, people: 2 }, { month: "2024-02", rows: 1, hours: 1.5, people: 1 }]
 */
export function groupRollup(
  keys: Readonly<Record<string, EncodedColumn>>,
  aggregates: Readonly<Record<string, RollupAggregate>>,
  options: GroupRollupOptions = {},
): ColumnTable {
  const keyNames = Object.keys(keys);
  const keyColumns = keyNames.map((k) => keys[k] as EncodedColumn);
  const lengths = [
    ...keyColumns.map((c) => c.codes.length),
    ...Object.values(aggregates).flatMap((a) => (a.op === "count" ? [] : [lengthOf(a.column)])),
  ];
  const length = lengths[0] ?? (options.rows === undefined ? 0 : maxRow(options.rows) + 1);
  if (lengths.some((n) => n !== length)) throw new RangeError("groupRollup: needs columns of equal length");
  let rows = options.rows;
  if (options.dropMissing && keyColumns.length > 0) rows = withoutMissing(keyColumns, rows, length);
  const combined = combineCodes(
    keyColumns.map((c) => ({ codes: c.codes, size: c.dictionary.length })),
    rows,
    length,
  );
  const groups = combined.codes;
  const size = combined.size;
  const n = groups.length;
  const rowAt = rows === undefined ? (i: number) => i : (i: number) => rows[i] as number;
  const columns: Record<string, unknown> = {};
  keyNames.forEach((name, k) => {
    const column = keyColumns[k] as EncodedColumn;
    const values = new Array<unknown>(size);
    for (let g = 0; g < size; g++) values[g] = column.dictionary[column.codes[combined.first[g] as number] as number];
    columns[name] = values;
  });
  for (const [name, aggregate] of Object.entries(aggregates)) {
    if (aggregate.op === "count") {
      const counts = new Float64Array(size);
      for (let i = 0; i < n; i++) {
        const g = groups[i] as number;
        counts[g] = (counts[g] as number) + 1;
      }
      columns[name] = counts;
    } else if (aggregate.op === "sum" || aggregate.op === "valid") {
      const { valid, sums } = sumValues(aggregate.column, groups, size, rowAt);
      columns[name] = aggregate.op === "valid" ? valid : Array.from(sums, (s, g) => (valid[g] === 0 ? null : s));
    } else {
      columns[name] = distinctCounts(aggregate.column, groups, size, rowAt, length);
    }
  }
  return makeTable(columns as Record<string, ArrayLike<unknown>>);
}

function isEncoded(column: EncodedColumn | ArrayLike<unknown>): column is EncodedColumn {
  return (column as EncodedColumn).codes instanceof Int32Array && Array.isArray((column as EncodedColumn).dictionary);
}

function lengthOf(column: EncodedColumn | ArrayLike<unknown>): number {
  return isEncoded(column) ? column.codes.length : column.length;
}

function maxRow(rows: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < rows.length; i++) max = Math.max(max, rows[i] as number);
  return max;
}

/** The selected rows whose keys are all present. */
function withoutMissing(
  keys: readonly EncodedColumn[],
  rows: ArrayLike<number> | undefined,
  length: number,
): Int32Array {
  const missing = keys.map((c) => Uint8Array.from(c.dictionary, (v) => (isPresent(v) ? 0 : 1)));
  const n = rows === undefined ? length : rows.length;
  const kept = new Int32Array(n);
  let m = 0;
  outer: for (let i = 0; i < n; i++) {
    const row = rows === undefined ? i : (rows[i] as number);
    for (let k = 0; k < keys.length; k++) {
      if ((missing[k] as Uint8Array)[(keys[k] as EncodedColumn).codes[row] as number] === 1) continue outer;
    }
    kept[m++] = row;
  }
  return kept.slice(0, m);
}

/** Per group, the number of present values and their sum (`+value` added in row order, like arquero). */
function sumValues(
  column: EncodedColumn | ArrayLike<unknown>,
  groups: Int32Array,
  size: number,
  rowAt: (i: number) => number,
): { valid: Float64Array; sums: Float64Array } {
  const n = groups.length;
  const valid = new Float64Array(size);
  const sums = new Float64Array(size);
  if (isEncoded(column)) {
    const present = Uint8Array.from(column.dictionary, (v) => (isPresent(v) ? 1 : 0));
    const number = Float64Array.from(column.dictionary, (v) => (isPresent(v) ? Number(v) : 0));
    const codes = column.codes;
    for (let i = 0; i < n; i++) {
      const c = codes[rowAt(i)] as number;
      if (present[c] === 0) continue;
      const g = groups[i] as number;
      valid[g] = (valid[g] as number) + 1;
      sums[g] = (sums[g] as number) + (number[c] as number);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = column[rowAt(i)];
      if (!isPresent(v)) continue;
      const g = groups[i] as number;
      valid[g] = (valid[g] as number) + 1;
      sums[g] = (sums[g] as number) + Number(v);
    }
  }
  return { valid, sums };
}

/** Largest bit set of (group, value) pairs used to count distinct values (16 MiB). */
const PAIR_BITS = 1 << 27;

/** Per group, the number of distinct present values of the column. */
function distinctCounts(
  column: EncodedColumn,
  groups: Int32Array,
  size: number,
  rowAt: (i: number) => number,
  length: number,
): Float64Array {
  const counts = new Float64Array(size);
  const present = Uint8Array.from(column.dictionary, (v) => (isPresent(v) ? 1 : 0));
  const values = column.dictionary.length;
  const codes = column.codes;
  const n = groups.length;
  if (size * values <= PAIR_BITS) {
    const seen = new Uint8Array(Math.ceil((size * values) / 8));
    for (let i = 0; i < n; i++) {
      const c = codes[rowAt(i)] as number;
      if (present[c] === 0) continue;
      const g = groups[i] as number;
      const bit = g * values + c;
      const byte = bit >>> 3;
      const mask = 1 << (bit & 7);
      const b = seen[byte] as number;
      if ((b & mask) !== 0) continue;
      seen[byte] = b | mask;
      counts[g] = (counts[g] as number) + 1;
    }
    return counts;
  }
  const groupOfRow = new Int32Array(length);
  const selected = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const row = rowAt(i);
    if (present[codes[row] as number] === 0) continue;
    groupOfRow[row] = groups[i] as number;
    selected[m++] = row;
  }
  const rows = selected.subarray(0, m);
  const pairs = foldKeys(
    [
      { codes: groupOfRow, size },
      { codes, size: values },
    ],
    rows,
    length,
  );
  for (const row of firstOccurrences(pairs.keys, rows)) {
    const g = groupOfRow[row] as number;
    counts[g] = (counts[g] as number) + 1;
  }
  return counts;
}
