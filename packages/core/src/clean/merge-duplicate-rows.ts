import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/**
 * Why a row was merged into another: `identical` (every cell as read is the same, wherever the two
 * rows are), `normalised` (the next row is equal to the previous one after cleaning: "2,5" and
 * "2,50", two date styles, label case) or `normalised_missing` (the same, except descriptive cells
 * that are empty in one of the two rows).
 */
export const DuplicateRule = {
  identical: "identical",
  normalised: "normalised",
  normalised_missing: "normalised_missing",
} as const;
/** See {@link DuplicateRule}. */
export type DuplicateRule = (typeof DuplicateRule)[keyof typeof DuplicateRule];

/** Options of {@link mergeDuplicateRows}. */
export interface MergeDuplicateRowsOptions {
  /**
   * the table as read (ingested, with `_line`): rows whose cells as read are all the same are
   * `identical` duplicates wherever they are. Without it, only consecutive rows are compared
   */
  raw?: ColumnTable;
  /** columns compared after cleaning; default every column but `_line` */
  columns?: readonly string[];
  /** descriptive columns (e-mail, phone, gender...) that may be empty in one of two consecutive rows; default none */
  optional?: readonly string[];
  /**
   * the column that says who or what a row is about (`person_id`): rows where it is empty are never
   * merged, and a table without it merges nothing. Default none: every row may be merged
   */
  identity?: string;
}

/** One row merged by {@link mergeDuplicateRows}. */
export interface DuplicateRow {
  /** `_line` of the row merged (removed) */
  line: number;
  /** `_line` of the row kept in its place */
  keptLine: number;
  rule: DuplicateRule;
}

/** What {@link mergeDuplicateRows} returns. */
export interface MergeDuplicateRowsResult {
  /** the table without the merged rows (the same table when none was merged) */
  table: ColumnTable;
  /** every merge, in the order of the rows merged */
  duplicates: DuplicateRow[];
}

/**
 * Merges rows that are the same record written twice, keeping the first and listing every merge.
 *
 * Why: exports and double entries repeat rows, and each repeat adds a visit or hours that did not
 * happen. Duplicates are looked for after typing and cleaning, so rows differing only in format are
 * one row. Two rules, from the safest: rows identical as read, wherever they are (a file exported
 * or pasted twice); and a row equal after cleaning to the one just before it (`normalised`; with
 * `optional` columns, also when such a cell is empty in one of the two: `normalised_missing`). Equal
 * rows far apart are not merged by the second rule: the same volunteer may well do the same task for
 * the same hours twice in a week, and only a repeat typed the same way, or typed right after, says
 * it is the same record. With `identity`, only rows about someone are merged: in a file of items
 * (one row per rifle shipped), identical rows are distinct units. Nothing is merged silently: each
 * merge is returned.
 *
 * @param table - a cleaned table with `_line` (e.g. `cleanTable(...).clean` before merging)
 * @param options - the table as read, the columns compared and those that may be empty
 * @returns the table without the merged rows, and the merges
 * @throws Error "mergeDuplicateRows requires a _line column" when the table has none
 * @example
 * const visits = aq.table({ person_id: ["B1", "B1"], hours: [2.5, 2.5], _line: [2, 3] });
 * mergeDuplicateRows(visits).duplicates // => [{ line: 3, keptLine: 2, rule: "normalised" }]
 */
export function mergeDuplicateRows(
  table: ColumnTable,
  options: MergeDuplicateRowsOptions = {},
): MergeDuplicateRowsResult {
  const names = table.columnNames();
  if (!names.includes("_line")) throw new Error("mergeDuplicateRows requires a _line column");
  const n = table.numRows();
  if (options.identity !== undefined && !names.includes(options.identity)) return { table, duplicates: [] };
  const who = options.identity === undefined ? undefined : (table.array(options.identity) as ArrayLike<unknown>);
  const lines = table.array("_line") as ArrayLike<number>;
  const compared = (options.columns ?? names.filter((c) => c !== "_line")).filter((c) => names.includes(c));
  const columns = compared.map((c) => table.array(c) as ArrayLike<unknown>);
  const optional = new Set(options.optional ?? []);
  const isOptional = compared.map((c) => optional.has(c));

  // the raw cells of each line, as one key
  let rawKeyOf: ((line: number) => string | undefined) | undefined;
  if (options.raw !== undefined) {
    const raw = options.raw;
    const rawNames = raw.columnNames().filter((c) => c !== "_line");
    const rawColumns = rawNames.map((c) => raw.array(c) as ArrayLike<unknown>);
    const rawLines = raw.columnNames().includes("_line") ? (raw.array("_line") as ArrayLike<number>) : undefined;
    const rowOfLine = new Map<number, number>();
    for (let i = 0; i < raw.numRows(); i++) rowOfLine.set(rawLines ? (rawLines[i] as number) : i + 2, i);
    rawKeyOf = (line) => {
      const row = rowOfLine.get(line);
      return row === undefined ? undefined : rawColumns.map((c) => cellKey(c[row])).join("\u0001");
    };
  }

  const merged = new Map<number, DuplicateRow>();
  const keptRow = new Int32Array(n); // the row each row stands for (itself when kept)
  const firstOfRaw = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    keptRow[i] = i;
    // a row about no one is never merged, nor stands for another
    if (who !== undefined && isEmpty(who[i])) continue;
    const rawKey = rawKeyOf?.(lines[i] as number);
    if (rawKey !== undefined) {
      const first = firstOfRaw.get(rawKey);
      if (first !== undefined) {
        keptRow[i] = keptRow[first] as number;
        merged.set(i, rule(lines, i, keptRow[i] as number, "identical"));
        continue;
      }
      firstOfRaw.set(rawKey, i);
    }
    if (i === 0 || (who !== undefined && isEmpty(who[i - 1]))) continue;
    const how = compare(columns, isOptional, i - 1, i);
    if (how === null) continue;
    keptRow[i] = keptRow[i - 1] as number;
    merged.set(i, rule(lines, i, keptRow[i] as number, how));
  }
  if (merged.size === 0) return { table, duplicates: [] };
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (!merged.has(i)) keep.push(i);
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const values = table.array(name) as ArrayLike<unknown>;
    out[name] = keep.map((k) => values[k]);
  }
  return { table: aq.table(out), duplicates: [...merged.values()] };
}

function rule(lines: ArrayLike<number>, row: number, kept: number, how: DuplicateRule): DuplicateRow {
  return { line: lines[row] as number, keptLine: lines[kept] as number, rule: how };
}

/** Whether row b repeats row a after cleaning: `normalised`, `normalised_missing`, or null. */
function compare(
  columns: readonly ArrayLike<unknown>[],
  isOptional: readonly boolean[],
  a: number,
  b: number,
): DuplicateRule | null {
  let missing = false;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c] as ArrayLike<unknown>;
    const x = column[a];
    const y = column[b];
    if (sameCell(x, y)) continue;
    if (isOptional[c] === true && (isEmpty(x) || isEmpty(y))) {
      missing = true;
      continue;
    }
    return null;
  }
  return missing ? "normalised_missing" : "normalised";
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function sameCell(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (isEmpty(x) && isEmpty(y)) return true;
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  return false;
}

/** A cell as text that keeps its type apart: "2" the text and 2 the number differ. */
function cellKey(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `d${v.getTime()}`;
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return `b${v}`;
  return `s${String(v)}`;
}
