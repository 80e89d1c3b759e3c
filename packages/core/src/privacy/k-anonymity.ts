import type { ColumnTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import type { Issue } from "../messages/issue.js";
import { PrivacyError } from "./privacy-error.js";

/** A group of records sharing the same quasi-identifier values, smaller than k. */
export interface RareClass {
  /** The shared values, by quasi-identifier column. */
  values: Record<string, unknown>;
  /** How many records share them. */
  size: number;
  /** 0-based row indices in the table. */
  rows: number[];
  /** Source lines (the `_line` column), or 1-based row numbers when the table has none. */
  lines: number[];
}

/** What {@link kAnonymity} found. */
export interface KAnonymityReport {
  k: number;
  quasi: string[];
  /** Number of records examined. */
  records: number;
  /** Number of distinct combinations of quasi-identifier values. */
  classes: number;
  /** Size of the smallest class (0 for an empty table). */
  smallestClass: number;
  /** Whether every record shares its quasi-identifier values with at least k − 1 others. */
  holds: boolean;
  /** Number of records in classes smaller than k. */
  recordsAtRisk: number;
  /** The classes smaller than k, smallest first. */
  rare: RareClass[];
  /** One `privacy.rare_record` warning per rare class, for printing in French or English. */
  issues: Issue[];
}

/** Options of {@link kAnonymity}. */
export interface KAnonymityOptions {
  /** Quasi-identifier columns, e.g. `["age_band", "gender", "postcode"]`. At least one. */
  quasi: string[];
  /** Smallest acceptable class size; an integer of at least 2. Default 5. */
  k?: number;
}

/**
 * Finds the records that are unique or rare on a set of quasi-identifiers.
 *
 * Why: before a row-level file leaves the organisation, each record should look like at least
 * k − 1 others on what an outsider could know (age, gender, place); a record alone in its class
 * can be recognised, even without its name. Missing values (null) form a value of their own.
 *
 * @param table - a row-level table; `_line` is used to name lines when present
 * @param options - `quasi` columns and `k` (default 5)
 * @returns a {@link KAnonymityReport}
 * @throws PrivacyError `privacy.unknown_column` for a missing column, `privacy.bad_option` for bad k or empty quasi
 * @example
 * kAnonymity(people, { quasi: ["age_band", "gender"], k: 5 }).holds // => false
 */
export function kAnonymity(table: ColumnTable, options: KAnonymityOptions): KAnonymityReport {
  const { quasi, k } = checkOptions(table, options, "kAnonymity");
  const n = table.numRows();
  const columns = quasi.map((c) => Array.from(readColumn(table, c)));
  const lineColumn = table.columnNames().includes("_line") ? Array.from(readColumn(table, "_line")) : null;
  const classes = groupRows(columns, n);
  let smallest = n === 0 ? 0 : Number.POSITIVE_INFINITY;
  const rare: RareClass[] = [];
  for (const rows of classes.values()) {
    smallest = Math.min(smallest, rows.length);
    if (rows.length >= k) continue;
    const first = rows[0] as number;
    const values: Record<string, unknown> = {};
    quasi.forEach((c, j) => {
      values[c] = columns[j]?.[first] ?? null;
    });
    const lines = rows.map((r) => {
      const line = lineColumn?.[r];
      return typeof line === "number" ? line : r + 1;
    });
    rare.push({ values, size: rows.length, rows, lines });
  }
  rare.sort((a, b) => a.size - b.size || (a.rows[0] as number) - (b.rows[0] as number));
  const issues: Issue[] = rare.map((c) => ({
    code: "privacy.rare_record",
    severity: "warning",
    line: c.lines[0] as number,
    params: { size: c.size, k, quasi: quasi.join(", ") },
  }));
  return {
    k,
    quasi,
    records: n,
    classes: classes.size,
    smallestClass: smallest,
    holds: rare.length === 0,
    recordsAtRisk: rare.reduce((s, c) => s + c.size, 0),
    rare,
    issues,
  };
}

/** Checks the options shared by kAnonymity and enforceKAnonymity (internal). */
export function checkOptions(
  table: ColumnTable,
  options: KAnonymityOptions,
  fn: string,
): { quasi: string[]; k: number } {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: `k must be an integer of at least 2 (got ${k})`,
    });
  }
  if (options.quasi.length === 0) {
    throw new PrivacyError("privacy.bad_option", { function: fn, detail: "quasi needs at least one column" });
  }
  const names = table.columnNames();
  for (const column of options.quasi) {
    if (!names.includes(column)) throw new PrivacyError("privacy.unknown_column", { function: fn, column });
  }
  return { quasi: options.quasi, k };
}

/** Row indices grouped by their combination of values (internal). */
export function groupRows(columns: unknown[][], n: number): Map<string, number[]> {
  const classes = new Map<string, number[]>();
  for (let i = 0; i < n; i += 1) {
    const key = columns.map((c) => keyOf(c[i])).join("\u0000");
    const rows = classes.get(key);
    if (rows) rows.push(i);
    else classes.set(key, [i]);
  }
  return classes;
}

function keyOf(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return "n";
  return `${typeof value}:${String(value)}`;
}
