import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import { rowsByCode, rowsBySharedCode } from "../columnar/rows-by-code.js";
import { type KeyCodes, type MemberCodes, memberCodesOf } from "./known-codes.js";
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
  const n = table.numRows();
  const keys = by.map((c) => encodeKeys(readColumn(table, c), n));
  const people = person === undefined ? null : memberCodesOf(readColumnOrCodes(table, person), n);
  return countCoded(n, keys, people, { by, as, totals, ...(recordKey ? { recordKey } : {}), ...rest });
}

/**
 * {@link countDistinct} on columns its caller has already turned into codes (internal to core): the
 * grouping columns' codes in the order of `by`, the members of each row or `null` to count rows.
 * The signals count one log's months, categories and people for several breakdowns: they hand the
 * codes of the rows of each breakdown, with no table of values to build.
 *
 * @param n - rows
 * @param keys - one {@link KeyCodes} per column of `options.by`, each covering the `n` rows
 * @param people - the members of the rows (trimmed identifiers, -1 for none), or `null`
 * @param options - as {@link countDistinct} (`person` is not read)
 * @returns as {@link countDistinct}
 */
export function countDistinctCoded(
  n: number,
  keys: readonly KeyCodes[],
  people: MemberCodes | null,
  options: CountDistinctOptions,
): CountDistinctOutput {
  const { by, person: _person, ...others } = options;
  if (keys.length !== by.length || keys.some((k) => k.codes.length !== n) || (people && people.codes.length !== n))
    throw new PrivacyError("privacy.bad_option", { function: "countDistinct", detail: "codes do not cover the rows" });
  if (by.includes(options.as ?? "n"))
    throw new PrivacyError("privacy.bad_option", {
      function: "countDistinct",
      detail: `"${options.as ?? "n"}" is also a grouping column`,
    });
  return countCoded(n, keys, people, { by, ...others });
}

function countCoded(
  n: number,
  keys: readonly KeyCodes[],
  people: MemberCodes | null,
  options: Omit<CountDistinctOptions, "person">,
): CountDistinctOutput {
  const { by, as = "n", totals = false, recordKey, ...rest } = options;
  const totalLabel = options.totalLabel === undefined ? "Total" : options.totalLabel;
  // every subset of grouping columns replaced by the total marker (only the empty subset without totals)
  const combos = totals ? 1 << by.length : 1;
  const { groups, missingPerson } = countGroups(n, keys, people, combos, totalLabel, recordKey);
  const rows = groups.sort((a, b) => compareRows(a.values, b.values, totalLabel));
  const columns: Record<string, unknown[]> = {};
  by.forEach((c, j) => {
    columns[c] = rows.map((r) => r.values[j] ?? null);
  });
  columns[as] = rows.map((r) => r.size);
  const counted = makeTable(columns, [...by, as]);
  const out = suppressSmallCells(counted, { ...rest, counts: [as], dimensions: by });
  if (!recordKey) return { ...out, missingPerson };
  // the cell-key method, after suppression: rows keep their order through suppressSmallCells
  const k = rest.k ?? privacyDefaults(rest.profile ?? "public").k;
  const values = Array.from(readColumn(out.table, as));
  const statuses = Array.from(readColumn(out.table, `${as}_status`));
  const perturbed: { exact: number; published: number }[] = [];
  const published = values.map((v, i) => {
    const row = rows[i];
    if (statuses[i] !== "ok" || typeof v !== "number" || !row || row.size !== v || v < k) return v;
    const value = perturbCount([row.key], v, { k }) as number;
    perturbed.push({ exact: v, published: value });
    return value;
  });
  return { ...out, table: out.table.assign({ [as]: published }), missingPerson, perturbed };
}

/** One group of {@link countDistinct}: its values (the total marker where a margin), its people and their cell key. */
interface Group {
  values: unknown[];
  size: number;
  key: number;
}

/**
 * The dictionary code of each row's value of one column, values told apart as `keyOf` does: texts
 * and numbers by value (the text "1" and the number 1 apart), dates by their time, `null` and
 * `undefined` together, any other value by its text (internal).
 */
function encodeKeys(values: ArrayLike<unknown>, n: number): { codes: Int32Array; first: unknown[] } {
  const codes = new Int32Array(n);
  const first: unknown[] = [];
  const texts = new Map<string, number>();
  const numbers = new Map<number, number>();
  const others = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const v = values[i];
    let map: Map<never, number>;
    let key: unknown;
    if (typeof v === "string") {
      map = texts as Map<never, number>;
      key = v;
    } else if (typeof v === "number") {
      // 0 and -0 are one key (String(-0) is "0"), every NaN one key
      map = numbers as Map<never, number>;
      key = v;
    } else {
      map = others as Map<never, number>;
      key = keyOf(v);
    }
    let code = map.get(key as never);
    if (code === undefined) {
      code = first.push(v) - 1;
      map.set(key as never, code);
    }
    codes[i] = code;
  }
  return { codes, first };
}

/**
 * The groups of {@link countDistinct} and their distinct members, on integer codes: each member's
 * rows are visited together, and a group counts a member the first time it meets it (internal).
 */
function countGroups(
  n: number,
  encoded: readonly KeyCodes[],
  people: MemberCodes | null,
  combos: number,
  totalLabel: string | null,
  recordKey: CountDistinctOptions["recordKey"],
): { groups: Group[]; missingPerson: number } {
  // members: one code per distinct person (trimmed text, else the value itself); -1 when missing
  let member: Int32Array;
  let members: unknown[] = [];
  let missingPerson = 0;
  if (people === null) {
    member = new Int32Array(n);
    for (let i = 0; i < n; i += 1) member[i] = i;
  } else {
    member = people.codes;
    members = people.members;
    missingPerson = people.missing;
  }
  const memberCount = people === null ? n : members.length;
  // rows ordered by member (a counting sort), so that each member's rows come together
  const { order, starts } = people === null ? rowsByCode(member, memberCount) : rowsBySharedCode(member, memberCount);
  // a group's number: its columns' codes in mixed radix, the total marker one past each column's codes
  const radix = encoded.map((e) => e.first.length + 1);
  // past 2^53 the number would not be exact: the codes are then joined as text
  const space = radix.reduce((a, b) => a * b, 1);
  const wide = space > Number.MAX_SAFE_INTEGER;
  // a small space of group numbers is looked up in an array, a larger one in a map
  const dense = space <= 1 << 20 ? new Int32Array(space).fill(-1) : null;
  const groupOf = new Map<number | string, number>();
  const groups: Group[] = [];
  let lastMember = new Int32Array(1024).fill(-1);
  const groupAt = (row: number, mask: number): number => {
    let id: number | string = wide ? "" : 0;
    for (let j = encoded.length - 1; j >= 0; j -= 1) {
      const code =
        (mask >> j) & 1 ? (radix[j] as number) - 1 : ((encoded[j] as { codes: Int32Array }).codes[row] as number);
      id = wide ? `${id},${code}` : (id as number) * (radix[j] as number) + code;
    }
    let g = dense === null ? groupOf.get(id) : dense[id as number];
    if (g === undefined || g === -1) {
      g = groups.length;
      if (dense === null) groupOf.set(id, g);
      else dense[id as number] = g;
      const values = encoded.map((e, j) => ((mask >> j) & 1 ? totalLabel : e.first[e.codes[row] as number]));
      groups.push({ values, size: 0, key: 0 });
      if (g >= lastMember.length) {
        const grown = new Int32Array(lastMember.length * 2).fill(-1);
        grown.set(lastMember);
        lastMember = grown;
      }
    }
    return g;
  };
  // each member's record key, asked once (with the first row it is met in)
  const memberKey = recordKey ? new Int32Array(memberCount).fill(-1) : null;
  // the group of each row without margins (in the table's order: reads that follow memory), and a row of each group
  const rowGroup = new Int32Array(n);
  const rowOf: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if ((member[i] as number) < 0) continue;
    const g = groupAt(i, 0);
    rowGroup[i] = g;
    if (g === rowOf.length) rowOf.push(i);
  }
  // then in members' order
  const base = new Int32Array(order.length);
  for (let at = 0; at < order.length; at += 1) base[at] = rowGroup[order[at] as number] as number;
  // under a mask, a row's group follows from its group without one: looked up once per group, not per row
  const baseGroups = rowOf.length;
  const underMask = combos > 1 ? new Int32Array(baseGroups) : null;
  const masked = combos > 1 ? new Int32Array(order.length) : null;
  for (let mask = 0; mask < combos; mask += 1) {
    let ordered = base;
    if (mask > 0 && underMask !== null && masked !== null) {
      for (let g = 0; g < baseGroups; g += 1) underMask[g] = groupAt(rowOf[g] as number, mask);
      for (let at = 0; at < order.length; at += 1) masked[at] = underMask[base[at] as number] as number;
      ordered = masked;
    }
    for (let m = 0; m < memberCount; m += 1) {
      const from = starts[m] as number;
      const to = starts[m + 1] as number;
      for (let at = from; at < to; at += 1) {
        const g = ordered[at] as number;
        if (lastMember[g] === m) continue;
        lastMember[g] = m;
        const group = groups[g] as Group;
        group.size += 1;
        if (memberKey !== null && recordKey) {
          let key = memberKey[m] as number;
          if (key < 0) {
            const row = order[from] as number;
            key = recordKey(people === null ? row : members[m], row) ?? 0;
            memberKey[m] = key;
          }
          group.key = (group.key + key) % 256;
        }
      }
    }
  }
  return { groups, missingPerson };
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
