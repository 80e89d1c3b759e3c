import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { auditGrid, buildGrid, type Grid } from "./audit-grid.js";
import { K_FLOOR, privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";
import { PrivacyProfile, type SuppressedCell, SuppressionRule } from "./types.js";

/** What {@link suppressSmallCells} protects, and how. */
export interface SuppressOptions {
  /** Name of the result table, copied into each {@link SuppressedCell}. */
  name: string;
  /**
   * Person-count columns. Counts from 1 to k − 1 are suppressed (rule `primary`; a zero names
   * nobody and stays published), then complementary cells are suppressed until no suppressed cell
   * can be solved from the other cells and the totals.
   */
  counts?: string[];
  /**
   * Key columns of a long-format table, e.g. `["period", "activity"]`. Each dimension defines
   * lines: the rows sharing the values of the other dimensions. A row whose value in that
   * dimension equals `totalLabel` is the line's published total. A line without a total row is
   * protected as if its total were known anyway (it usually is, from another table).
   * Without dimensions the whole table is one line.
   */
  dimensions?: string[];
  /** Value marking a margin (total) row in a dimension column. Default `"Total"`. */
  totalLabel?: string | null;
  /**
   * Statistic column → column holding its base n (person count). Percentages, rates, means and
   * medians are suppressed (rule `small-base`) when n is missing or below k.
   */
  bases?: Record<string, string>;
  /**
   * Statistic column → count column it is computed from (a share of that count, for instance).
   * The statistic is suppressed wherever that count is, with the same rule, so it cannot give the
   * suppressed count back.
   */
  derived?: Record<string, string>;
  /**
   * Sum column → column holding the largest single person's contribution to that sum. The sum is
   * suppressed (rule `dominance`) when that share exceeds `dominance`, then complementary
   * suppression applies to the sum column. The contribution columns are removed from the output
   * (they describe one person).
   */
  sums?: Record<string, string>;
  /**
   * Sum column → column holding the number of distinct people contributing to it. The sum is
   * suppressed (rule `min-contributors`) when fewer than `minContributors` people contribute, then
   * complementary suppression applies to the sum column. The contributor columns are removed from
   * the output. A sum may be listed here, in `sums`, or in both.
   */
  contributors?: Record<string, string>;
  /**
   * Part count column → whole count column it is a part of, e.g. `{ responded: "enrolled",
   * successes: "responded" }`. Where both would be published and whole − part is from 1 to k − 1
   * (45 enrolled, 43 followed up: 2 lost), the part is suppressed too (rule `derived`), then
   * complementary suppression applies to it again. Both columns must be in `counts`.
   */
  complements?: Record<string, string>;
  /**
   * Statistic column → `[numerator, denominator]` count columns it is made of (a rate, share,
   * attrition, response rate). The statistic is suppressed (`small-base`) when the denominator is
   * hidden or below k, and (`derived`) when the numerator is hidden or from 1 to k − 1 or when
   * denominator − numerator is from 1 to k − 1: 80 % of 10 gives 8 back. For a statistic of one
   * group against another, give the group and the whole (the other group is their difference).
   */
  parts?: Record<string, [string, string]>;
  /** Fewest distinct contributors behind a published sum; default from the profile (3). */
  minContributors?: number;
  /**
   * Count columns that count organisations or groups, not people: published as they are unless
   * `suppressOrganisations` is true (then they are protected like `counts`).
   */
  organisations?: string[];
  /** Suppress the `organisations` counts too; default from the profile (false). */
  suppressOrganisations?: boolean;
  /** `"public"` (default, k = 10) or `"internal"` (k = 5): see {@link privacyDefaults}. */
  profile?: PrivacyProfile;
  /** Threshold; default from the profile. Never below 5. */
  k?: number;
  /** Dominance share in (0, 1]; default 0.85. */
  dominance?: number;
  /** Round published counts to the nearest multiple of 5; default from the profile (none). */
  roundTo?: 5 | null;
  /**
   * Class disclosure (l-diversity) of a breakdown of people by an attribute, e.g. `{ attribute:
   * "status" }` in a table by `["site", "status"]`: a group (the rows sharing the values of the
   * other dimensions) whose people all fall in fewer than `l` values of the attribute (all 12
   * people of site Y "undocumented", 0 % "employed") is listed in `diversity` of the output and,
   * with the policy `"suppress"` (default), every count of the group in that attribute is
   * suppressed (rule `l-diversity`, zeros included: the 0 % is the disclosure), then complementary
   * suppression applies. `"flag"` lists the group only. `l` is 2 by default. The attribute must be
   * one of `dimensions`; its total rows (`totalLabel`) are not attribute values.
   */
  diversity?: { attribute: string; l?: number; policy?: "suppress" | "flag" };
}

/** A group of people whose attribute takes fewer than l values (see {@link SuppressOptions.diversity}). */
export interface DiversityFlag {
  table: string;
  /** the values of the other dimensions that make the group */
  group: Record<string, unknown>;
  attribute: string;
  /** count column */
  column: string;
  /** distinct values of the attribute with at least one person in the group */
  distinct: number;
  l: number;
  /** whether the group's cells were suppressed (policy `"suppress"`) */
  suppressed: boolean;
}

/** A protected table and the list of what was suppressed in it. */
export interface SuppressOutput {
  /** The same rows and columns, suppressed cells set to `null`, plus a `<column>_status` column per protected column. */
  table: ColumnTable;
  /** Every suppressed cell, with its 0-based row, column and rule. */
  suppressed: SuppressedCell[];
  /** Groups found below l-diversity (with the `diversity` option; empty otherwise). */
  diversity: DiversityFlag[];
}

type Status = "ok" | SuppressionRule;

interface Line {
  /** row index of the published total, or -1 when the line has no total row */
  total: number;
  cells: number[];
}

/**
 * Applies small-cell suppression to an aggregate table so it can be published.
 *
 * Why: every aggregate that leaves core goes through this function, so no report, chart or
 * notebook can show a count that points at fewer than k people, nor a total from which such a
 * count can be subtracted back. Suppressed cells become `null` and the companion column
 * `<column>_status` says why (`"primary"`, `"complementary"`, `"dominance"`, `"min-contributors"`,
 * `"small-base"`) for internal use. Public outputs must not say why: pass the table through
 * `publicTable`, which turns every rule into `"suppressed"`, shown with the one public label.
 *
 * Complementary suppression works in two steps: within every line a lone suppressed cell forces
 * the smallest other cell to be suppressed; then an audit looks for suppressed cells an attacker
 * could solve, knowing every published cell and total and that a primary cell lies in 1..k − 1,
 * and suppresses more cells while any of them is pinned to a single value. The audit is exact for
 * one-dimension tables and for two-dimension tables of up to 2,000 cells (a two-way table with
 * margins is solved as a network flow); beyond that, and for three dimensions or more, it bounds
 * cells by propagating the line equations, which can miss a deduction that needs several lines
 * at once.
 *
 * @param table - an aggregate table (one row per cell), at most a few hundred thousand rows
 * @param options - see {@link SuppressOptions}; `name` is required
 * @returns the protected table and the suppressed cells
 * @throws PrivacyError `privacy.k_below_floor` when k < 5, `privacy.unknown_column` when a named column is missing
 * @example
 * const t = aq.table({ site: ["A", "B", "C"], n: [3, 25, 40] });
 * suppressSmallCells(t, { name: "sites", counts: ["n"], dimensions: ["site"] }).table.objects()
 * // => [{ site: "A", n: null, n_status: "primary" }, { site: "B", n: null, n_status: "complementary" }, { site: "C", n: 40, n_status: "ok" }]
 */
export function suppressSmallCells(table: ColumnTable, options: SuppressOptions): SuppressOutput {
  const fn = "suppressSmallCells";
  const defaults = privacyDefaults(options.profile ?? PrivacyProfile.public);
  const k = options.k ?? defaults.k;
  if (!Number.isInteger(k) || k < K_FLOOR)
    throw new PrivacyError("privacy.k_below_floor", { function: fn, floor: K_FLOOR, k });
  const dominance = options.dominance ?? defaults.dominance;
  if (!(dominance > 0 && dominance <= 1)) {
    throw new PrivacyError("privacy.bad_option", { function: fn, detail: "dominance must be in (0, 1]" });
  }
  const roundTo = options.roundTo === undefined ? defaults.roundTo : options.roundTo;
  const names = table.columnNames();
  const has = new Set(names);
  const suppressOrganisations = options.suppressOrganisations ?? defaults.suppressOrganisations;
  const organisations = options.organisations ?? [];
  const counts = [...(options.counts ?? []), ...(suppressOrganisations ? organisations : [])];
  const contributors = options.contributors ?? {};
  const complements = options.complements ?? {};
  const parts = options.parts ?? {};
  const minContributors = options.minContributors ?? defaults.minContributors;
  if (!Number.isInteger(minContributors) || minContributors < 2) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: "minContributors must be a whole number, at least 2",
    });
  }
  const dimensions = options.dimensions ?? [];
  const bases = options.bases ?? {};
  const derived = options.derived ?? {};
  const sums = options.sums ?? {};
  const named = [...counts, ...dimensions, ...Object.entries(bases).flat(), ...Object.entries(derived).flat()];
  named.push(...Object.entries(sums).flat(), ...Object.entries(contributors).flat(), ...organisations);
  named.push(...Object.entries(complements).flat(), ...Object.entries(parts).flat(2));
  for (const column of named) {
    if (!has.has(column)) throw new PrivacyError("privacy.unknown_column", { function: fn, column });
  }
  const totalLabel = options.totalLabel === undefined ? "Total" : options.totalLabel;
  const n = table.numRows();
  const lines = buildLines(table, dimensions, totalLabel, n);
  const grid =
    dimensions.length === 2
      ? buildGrid(
          Array.from(readColumn(table, dimensions[0] as string)),
          Array.from(readColumn(table, dimensions[1] as string)),
          (v) => (totalLabel === null ? v === null || v === undefined : v === totalLabel),
        )
      : null;

  const values = new Map<string, unknown[]>();
  const statuses = new Map<string, Status[]>();
  const column = (name: string): unknown[] => Array.from(readColumn(table, name));
  const previous = (name: string): Status[] => {
    const prior = has.has(`${name}_status`) ? column(`${name}_status`) : [];
    return Array.from({ length: n }, (_, i) => (isRule(prior[i]) ? prior[i] : "ok"));
  };

  const diversity: DiversityFlag[] = [];
  const spec = options.diversity;
  if (spec !== undefined && !dimensions.includes(spec.attribute)) {
    throw new PrivacyError("privacy.unknown_column", { function: fn, column: spec.attribute });
  }
  const l = spec?.l ?? 2;
  if (!Number.isInteger(l) || l < 2) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: "diversity.l must be a whole number, at least 2",
    });
  }
  const isTotal = (v: unknown) => (totalLabel === null ? v === null || v === undefined : v === totalLabel);
  const exact = new Map<string, (number | null)[]>();
  for (const name of counts) {
    const cells = column(name).map(toCount);
    const status = previous(name);
    for (let i = 0; i < n; i += 1) {
      const v = cells[i];
      if (status[i] === "ok" && v !== null && v !== undefined && v > 0 && v < k) status[i] = SuppressionRule.primary;
    }
    if (spec !== undefined) {
      const others = dimensions.filter((d) => d !== spec.attribute);
      const attribute = column(spec.attribute);
      const keys = others.map((d) => column(d));
      const groups = new Map<string, number[]>();
      for (let i = 0; i < n; i += 1) {
        if (isTotal(attribute[i])) continue;
        const key = JSON.stringify(keys.map((c) => c[i] ?? null));
        const rows = groups.get(key);
        if (rows === undefined) groups.set(key, [i]);
        else rows.push(i);
      }
      for (const rows of groups.values()) {
        const people = rows.reduce((sum, i) => sum + (cells[i] ?? 0), 0);
        const distinct = new Set(rows.filter((i) => (cells[i] ?? 0) > 0).map((i) => attribute[i])).size;
        if (people === 0 || distinct >= l) continue;
        const suppress = (spec.policy ?? "suppress") === "suppress";
        const first = rows[0] as number;
        diversity.push({
          table: options.name,
          group: Object.fromEntries(others.map((d, j) => [d, (keys[j] as unknown[])[first] ?? null])),
          attribute: spec.attribute,
          column: name,
          distinct,
          l,
          suppressed: suppress,
        });
        if (suppress) for (const i of rows) if (status[i] === "ok") status[i] = SuppressionRule.lDiversity;
      }
    }
    protectLines(cells, status, lines, k, grid);
    exact.set(name, cells);
    statuses.set(name, status);
  }
  // a part published beside its whole with a small gap between them (enrolled 45, followed-up 43) is hidden too
  for (let round = 0; round < Object.keys(complements).length + 1; round += 1) {
    let changed = false;
    for (const [part, whole] of Object.entries(complements)) {
      const a = exact.get(part);
      const b = exact.get(whole);
      const sa = statuses.get(part);
      const sb = statuses.get(whole);
      if (!a || !b || !sa || !sb) continue;
      let touched = false;
      for (let i = 0; i < n; i += 1) {
        const gap = (b[i] ?? 0) - (a[i] ?? 0);
        if (sa[i] === "ok" && sb[i] === "ok" && gap > 0 && gap < k) {
          sa[i] = SuppressionRule.derived;
          touched = true;
        }
      }
      if (touched) {
        protectLines(a, sa, lines, k, grid);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const name of counts) {
    const cells = exact.get(name) as (number | null)[];
    const status = statuses.get(name) as Status[];
    const published: unknown[] = cells.map((v, i) => {
      if (status[i] !== "ok" || v === null || v === undefined) return null;
      return roundTo ? Math.round(v / roundTo) * roundTo : v;
    });
    values.set(name, published);
  }

  for (const name of new Set([...Object.keys(sums), ...Object.keys(contributors)])) {
    const cells = column(name).map(toCount);
    const status = previous(name);
    const people = name in contributors ? column(contributors[name] as string).map(toCount) : null;
    if (people) {
      for (let i = 0; i < n; i += 1) {
        const many = people[i];
        const sum = cells[i];
        if (status[i] !== "ok" || many === null || many === undefined || many === 0 || sum === 0) continue;
        if (many < minContributors) status[i] = SuppressionRule.minContributors;
      }
    }
    const largest = name in sums ? column(sums[name] as string).map(toCount) : [];
    for (let i = 0; i < n && name in sums; i += 1) {
      const sum = cells[i];
      const max = largest[i];
      if (status[i] !== "ok" || sum === null || sum === undefined || max === null || max === undefined) continue;
      if (sum > 0 && max / sum > dominance) status[i] = SuppressionRule.dominance;
    }
    protectLines(cells, status, lines, k, grid);
    values.set(
      name,
      cells.map((v, i) => (status[i] === "ok" ? v : null)),
    );
    statuses.set(name, status);
  }

  for (const [name, base] of Object.entries(bases)) {
    const cells = values.get(name) ?? column(name);
    const baseValues = column(base).map(toCount);
    const status = statuses.get(name) ?? previous(name);
    for (let i = 0; i < n; i += 1) {
      const b = baseValues[i];
      if (status[i] === "ok" && (b === null || b === undefined || b < k)) status[i] = SuppressionRule.smallBase;
    }
    values.set(
      name,
      cells.map((v, i) => (status[i] === "ok" ? v : null)),
    );
    statuses.set(name, status);
  }

  for (const [name, [numerator, denominator]] of Object.entries(parts)) {
    const cells = values.get(name) ?? column(name);
    const status = statuses.get(name) ?? previous(name);
    const num = exact.get(numerator) ?? column(numerator).map(toCount);
    const den = exact.get(denominator) ?? column(denominator).map(toCount);
    const numStatus = statuses.get(numerator) ?? previous(numerator);
    const denStatus = statuses.get(denominator) ?? previous(denominator);
    for (let i = 0; i < n; i += 1) {
      if (status[i] !== "ok") continue;
      const a = num[i];
      const b = den[i];
      const gap = (b ?? 0) - (a ?? 0);
      if (denStatus[i] !== "ok" || b === null || b === undefined || b < k) status[i] = SuppressionRule.smallBase;
      else if (numStatus[i] !== "ok" || a === null || a === undefined || (a > 0 && a < k) || (gap > 0 && gap < k)) {
        status[i] = SuppressionRule.derived;
      }
    }
    values.set(
      name,
      cells.map((v, i) => (status[i] === "ok" ? v : null)),
    );
    statuses.set(name, status);
  }

  for (const [name, source] of Object.entries(derived)) {
    const cells = values.get(name) ?? column(name);
    const sourceStatus = statuses.get(source) ?? previous(source);
    const status = statuses.get(name) ?? previous(name);
    for (let i = 0; i < n; i += 1) {
      const from = sourceStatus[i];
      if (status[i] === "ok" && from !== undefined && from !== "ok") status[i] = from;
    }
    values.set(
      name,
      cells.map((v, i) => (status[i] === "ok" ? v : null)),
    );
    statuses.set(name, status);
  }

  const removed = new Set([...Object.values(sums), ...Object.values(contributors)]);
  const output: Record<string, unknown[]> = {};
  const order: string[] = [];
  for (const name of names) {
    if (removed.has(name)) continue;
    if (name.endsWith("_status") && statuses.has(name.slice(0, -"_status".length))) continue;
    order.push(name);
    output[name] = values.get(name) ?? column(name);
    const status = statuses.get(name);
    if (status) {
      order.push(`${name}_status`);
      output[`${name}_status`] = status;
    }
  }
  const suppressed: SuppressedCell[] = [];
  for (const [name, status] of statuses) {
    status.forEach((rule, row) => {
      if (rule !== "ok") suppressed.push({ table: options.name, row, column: name, rule, k });
    });
  }
  suppressed.sort((a, b) => a.row - b.row || order.indexOf(a.column) - order.indexOf(b.column));
  return { table: makeTable(output, order), suppressed, diversity };
}

function isRule(value: unknown): value is SuppressionRule {
  return typeof value === "string" && (Object.values(SuppressionRule) as string[]).includes(value);
}

function toCount(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "bigint") return Number(value);
  return null;
}

function keyOf(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return "n";
  return `${typeof value}:${String(value)}`;
}

function buildLines(table: ColumnTable, dimensions: string[], totalLabel: string | null, n: number): Line[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (dimensions.length === 0) return n > 0 ? [{ total: -1, cells: all }] : [];
  const columns = dimensions.map((d) => Array.from(readColumn(table, d)));
  const lines: Line[] = [];
  columns.forEach((own, d) => {
    const groups = new Map<string, Line>();
    for (let i = 0; i < n; i += 1) {
      const key = columns.map((c, j) => (j === d ? "" : keyOf(c[i]))).join("\u0000");
      let line = groups.get(key);
      if (!line) {
        line = { total: -1, cells: [] };
        groups.set(key, line);
      }
      const value = own[i];
      const isTotal = totalLabel === null ? value === null || value === undefined : value === totalLabel;
      if (isTotal && line.total < 0) line.total = i;
      else line.cells.push(i);
    }
    for (const line of groups.values()) if (line.cells.length > 0) lines.push(line);
  });
  return lines;
}

/**
 * Complementary suppression of one column, in place on `status`: lone suppressed cells first,
 * then an interval audit of the line equations until no suppressed cell is pinned.
 */
function protectLines(cells: (number | null)[], status: Status[], lines: Line[], k: number, grid: Grid | null): void {
  const usable = (i: number): boolean => status[i] === "ok" && cells[i] !== null && cells[i] !== undefined;
  const pick = (line: Line): number => {
    let best = -1;
    let bestValue = Number.POSITIVE_INFINITY;
    // the smallest positive published cell; a zero only when nothing else is left
    for (const i of line.cells) {
      if (!usable(i)) continue;
      const v = cells[i] as number;
      const rank = v > 0 ? v : Number.MAX_VALUE;
      if (rank < bestValue) {
        bestValue = rank;
        best = i;
      }
    }
    if (best < 0 && line.total >= 0 && usable(line.total)) best = line.total;
    return best;
  };
  // a line whose total is not the sum of its cells (distinct people) only bounds them: left to the audit
  const additive = (line: Line): boolean =>
    line.total < 0 || (cells[line.total] ?? 0) === line.cells.reduce((sum, i) => sum + (cells[i] ?? 0), 0);
  const suppressedIn = (line: Line): number =>
    line.cells.filter((i) => status[i] !== "ok").length + (line.total >= 0 && status[line.total] !== "ok" ? 1 : 0);

  for (let round = 0; round <= cells.length; round += 1) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        if (!additive(line) || suppressedIn(line) !== 1) continue;
        const i = pick(line);
        if (i >= 0) {
          status[i] = SuppressionRule.complementary;
          changed = true;
        }
      }
    }
    // a table protected earlier no longer holds the values of its suppressed cells: the audit
    // needs them, so it ran then and is not repeated
    if (status.some((rule, i) => rule !== "ok" && (cells[i] === null || cells[i] === undefined))) return;
    const pinned = audit(
      cells,
      status,
      lines,
      k,
      cells.every((v) => v === null || Number.isInteger(v)),
    );
    if (grid) {
      const exact = auditGrid(
        grid,
        (t) => cells[t] ?? 0,
        (t) => status[t] !== "ok",
        (t) => (status[t] === SuppressionRule.primary ? [1, k - 1] : [0, Number.POSITIVE_INFINITY]),
      );
      for (const t of exact) if (!pinned.includes(t)) pinned.push(t);
    }
    if (pinned.length === 0) return;
    // one more cell for each pinned cell whose lines got nothing new in this round
    let added = false;
    const touched = new Set<Line>();
    for (const cell of pinned) {
      const candidates = lines
        .filter((line) => line.total === cell || line.cells.includes(cell))
        .sort((a, b) => suppressedIn(a) - suppressedIn(b));
      if (candidates.some((line) => touched.has(line))) continue;
      for (const line of candidates) {
        const i = pick(line);
        if (i >= 0) {
          status[i] = SuppressionRule.complementary;
          added = true;
          for (const other of lines) if (other.total === i || other.cells.includes(i)) touched.add(other);
          break;
        }
      }
    }
    if (!added) return;
  }
}

/**
 * Bounds every suppressed cell by propagating what an attacker knows of each line and returns
 * the suppressed cells whose interval shrank to one value. A line whose total is the sum of its
 * cells (or that has no total row: its sum is assumed known) gives an equation; a line whose
 * total is not a sum (distinct people) gives `every cell <= total <= sum of the cells`.
 */
function audit(cells: (number | null)[], status: Status[], lines: Line[], k: number, integral: boolean): number[] {
  const lo: number[] = [];
  const hi: number[] = [];
  let any = false;
  status.forEach((rule, i) => {
    if (rule === "ok") {
      lo[i] = cells[i] ?? 0;
      hi[i] = cells[i] ?? 0;
    } else if (rule === SuppressionRule.primary) {
      lo[i] = 1;
      hi[i] = k - 1;
      any = true;
    } else {
      lo[i] = 0;
      hi[i] = Number.POSITIVE_INFINITY;
      any = true;
    }
  });
  if (!any) return [];
  const value = (i: number): number => cells[i] ?? 0;
  const tighten = (i: number, newLo: number, newHi: number): boolean => {
    let changed = false;
    // whole numbers (counts) are rounded inwards; sums of hours or kilograms are not
    const up = integral ? Math.ceil(newLo) : newLo;
    const down = integral ? Math.floor(newHi) : newHi;
    if (Number.isFinite(up) && up > (lo[i] as number) + 1e-9) {
      lo[i] = up;
      changed = true;
    }
    if (Number.isFinite(down) && down < (hi[i] as number) - 1e-9) {
      hi[i] = down;
      changed = true;
    }
    return changed;
  };
  // sum of lower (or upper) ends, excluding one term, with infinite ends counted apart
  const sumExcept = (ends: number[], skip: number): number => {
    let sum = 0;
    for (let t = 0; t < ends.length; t += 1) {
      if (t === skip) continue;
      const e = ends[t] as number;
      if (!Number.isFinite(e)) return e;
      sum += e;
    }
    return sum;
  };
  const additive = lines.map(
    (line) => line.total < 0 || value(line.total) === line.cells.reduce((sum, i) => sum + value(i), 0),
  );
  const known = lines.map((line) => line.cells.reduce((sum, i) => sum + value(i), 0));
  for (let pass = 0; pass < 500; pass += 1) {
    let changed = false;
    lines.forEach((line, l) => {
      const los = line.cells.map((i) => lo[i] as number);
      const his = line.cells.map((i) => hi[i] as number);
      const tLo = line.total >= 0 ? (lo[line.total] as number) : (known[l] as number);
      const tHi = line.total >= 0 ? (hi[line.total] as number) : (known[l] as number);
      if (additive[l]) {
        // sum of cells = total
        line.cells.forEach((i, t) => {
          changed = tighten(i, tLo - sumExcept(his, t), tHi - sumExcept(los, t)) || changed;
        });
        if (line.total >= 0) changed = tighten(line.total, sumExcept(los, -1), sumExcept(his, -1)) || changed;
      } else {
        // every cell <= total <= sum of cells
        line.cells.forEach((i, t) => {
          changed = tighten(i, tLo - sumExcept(his, t), tHi) || changed;
        });
        if (line.total >= 0) {
          changed = tighten(line.total, Math.max(...los), sumExcept(his, -1)) || changed;
        }
      }
    });
    if (!changed) break;
  }
  const pinned: number[] = [];
  status.forEach((rule, i) => {
    if (rule !== "ok" && (hi[i] as number) <= (lo[i] as number) + 1e-9) pinned.push(i);
  });
  return pinned;
}
