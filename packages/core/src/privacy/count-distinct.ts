import { type ColumnTable, table as makeTable } from "arquero";
import { perturbCount } from "./perturb-count.js";
import { privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";
import { type SuppressOptions, type SuppressOutput, suppressSmallCells } from "./suppress-small-cells.js";

/** What {@link countDistinct} counts and how it protects the counts. */
export interface CountDistinctOptions extends Omit<SuppressOptions, "counts" | "dimensions"> {
  /** Grouping columns (the dimensions of the output). May be empty: one overall count. */
  by: string[];
  /** Column identifying a person (e.g. `person_id`). Omit it to count rows instead of people. */
  person?: string;
  /** Name of the count column in the output. Default `"n"`. */
  as?: string;
  /**
   * Add margin rows: for every grouping column, rows where it holds `totalLabel` (default
   * `"Total"`) and the count is the number of distinct people over all its values (a person in
   * two groups counts once in the total). The margin rows hold `totalLabel` in the grouping
   * column whatever its type (a date or number column then mixes types). Such totals are not sums;
   * suppression treats them as bounds (every cell <= total <= sum of the cells). Default `false`.
   */
  totals?: boolean;
  /**
   * The record key (0..255, from {@link recordKeys}) of each counted member: the person identifier
   * (trimmed), or the row index when `person` is omitted. Given, every published count (after
   * suppression, totals as their own cells) is perturbed by the cell-key method
   * ({@link perturbCount}): the same members always give the same published value. A member without
   * a key counts 0 in the cell key. Default: exact counts.
   */
  recordKey?: (member: unknown, row: number) => number | undefined;
}

/** The protected table of counts and how many rows had no person identifier. */
export interface CountDistinctOutput extends SuppressOutput {
  /** Rows left out of every count because their person column was empty. */
  missingPerson: number;
  /** With `recordKey`: each published count of at least k, exact and as published (in table order). */
  perturbed?: { exact: number; published: number }[];
}

/**
 * Counts distinct people per group and returns the counts already protected by
 * {@link suppressSmallCells}.
 *
 * Why: "how many people per site, per month, per activity" is the question behind most
 * aggregates; answering it through this function means the answer can be published as is.
 * Rows whose person is empty are not counted (they cannot be told apart) and are reported in
 * `missingPerson`. Groups are sorted by their values.
 *
 * @param table - a row-level table, e.g. the `volunteers` activity log
 * @param options - `by`, `person`, `name` and any {@link SuppressOptions}
 * @returns `{ table, suppressed, missingPerson }`; the table has the `by` columns, the count
 *   column (`n`) and its `n_status`
 * @throws PrivacyError `privacy.unknown_column` when `by` or `person` names a missing column, `privacy.k_below_floor` when k < 5
 * @example
 * countDistinct(log, { by: ["site"], person: "person_id", name: "people_per_site" }).table.objects()
 * // => [{ site: "Lyon", n: 42, n_status: "ok" }, { site: "Vienne", n: null, n_status: "primary" }, ...]
 */
export function countDistinct(table: ColumnTable, options: CountDistinctOptions): CountDistinctOutput {
  const { by, person, as = "n", totals = false, recordKey, ...rest } = options;
  const has = new Set(table.columnNames());
  for (const column of person === undefined ? by : [...by, person]) {
    if (!has.has(column)) throw new PrivacyError("privacy.unknown_column", { function: "countDistinct", column });
  }
  if (by.includes(as)) {
    throw new PrivacyError("privacy.bad_option", {
      function: "countDistinct",
      detail: `"${as}" is also a grouping column`,
    });
  }
  const totalLabel = options.totalLabel === undefined ? "Total" : options.totalLabel;
  const n = table.numRows();
  const keys = by.map((c) => Array.from(table.array(c) as ArrayLike<unknown>));
  const people = person === undefined ? null : Array.from(table.array(person) as ArrayLike<unknown>);
  // every subset of grouping columns replaced by the total marker (only the empty subset without totals)
  const masks: number[] = [];
  const combos = totals ? 1 << by.length : 1;
  for (let m = 0; m < combos; m += 1) masks.push(m);
  const groups = new Map<string, { values: unknown[]; members: Set<unknown>; key: number }>();
  let missingPerson = 0;
  const keyCache = keys.map(() => new Map<unknown, string>());
  const totalKey = keyOf(totalLabel);
  const parts: string[] = new Array(keys.length);
  for (let i = 0; i < n; i += 1) {
    const who = people === null ? i : people[i];
    if (who === null || who === undefined || (typeof who === "string" && who.trim() === "")) {
      missingPerson += 1;
      continue;
    }
    // the key of each value once per row (texts and numbers remembered: groups repeat them), arrays only for new groups
    for (let j = 0; j < keys.length; j += 1) {
      const v = (keys[j] as unknown[])[i];
      if (typeof v === "string" || typeof v === "number") {
        const known = keyCache[j] as Map<unknown, string>;
        let k = known.get(v);
        if (k === undefined) {
          k = keyOf(v);
          known.set(v, k);
        }
        parts[j] = k;
      } else parts[j] = keyOf(v);
    }
    const member = typeof who === "string" ? who.trim() : who;
    for (const mask of masks) {
      let key = "";
      for (let j = 0; j < parts.length; j += 1) {
        if (j > 0) key += "\u0000";
        key += (mask >> j) & 1 ? totalKey : parts[j];
      }
      let group = groups.get(key);
      if (!group) {
        const values = keys.map((column, j) => ((mask >> j) & 1 ? totalLabel : column[i]));
        group = { values, members: new Set(), key: 0 };
        groups.set(key, group);
      }
      if (recordKey && !group.members.has(member)) group.key = (group.key + (recordKey(member, i) ?? 0)) % 256;
      group.members.add(member);
    }
  }
  const rows = [...groups.values()].sort((a, b) => compareRows(a.values, b.values, totalLabel));
  const columns: Record<string, unknown[]> = {};
  by.forEach((c, j) => {
    columns[c] = rows.map((r) => r.values[j] ?? null);
  });
  columns[as] = rows.map((r) => r.members.size);
  const counted = makeTable(columns, [...by, as]);
  const out = suppressSmallCells(counted, { ...rest, counts: [as], dimensions: by });
  if (!recordKey) return { ...out, missingPerson };
  // the cell-key method, after suppression: rows keep their order through suppressSmallCells
  const k = rest.k ?? privacyDefaults(rest.profile ?? "public").k;
  const values = Array.from(out.table.array(as) as ArrayLike<unknown>);
  const statuses = Array.from(out.table.array(`${as}_status`) as ArrayLike<unknown>);
  const perturbed: { exact: number; published: number }[] = [];
  const published = values.map((v, i) => {
    const row = rows[i];
    if (statuses[i] !== "ok" || typeof v !== "number" || !row || row.members.size !== v || v < k) return v;
    const value = perturbCount([row.key], v, { k }) as number;
    perturbed.push({ exact: v, published: value });
    return value;
  });
  return { ...out, table: out.table.assign({ [as]: published }), missingPerson, perturbed };
}

function keyOf(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return "n";
  return `${typeof value}:${String(value)}`;
}

function compareValues(a: unknown, b: unknown, totalLabel: string | null): number {
  if (a === b) return 0;
  if (a === totalLabel) return 1;
  if (b === totalLabel) return -1;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x).localeCompare(String(y), "fr");
}

function compareRows(a: unknown[], b: unknown[], totalLabel: string | null): number {
  for (let j = 0; j < a.length; j += 1) {
    const c = compareValues(a[j], b[j], totalLabel);
    if (c !== 0) return c;
  }
  return 0;
}
