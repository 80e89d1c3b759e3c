import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import type { Issue } from "../messages/issue.js";
import { AGE_BANDS, ageBand } from "./age-band.js";
import { departementOfPostcode } from "./departement-of-postcode.js";
import { checkOptions, groupRows, type KAnonymityOptions, type KAnonymityReport, kAnonymity } from "./k-anonymity.js";

/** How {@link enforceKAnonymity} makes records indistinguishable. */
export const KStrategy = { suppress: "suppress", generalise: "generalise" } as const;
export type KStrategy = (typeof KStrategy)[keyof typeof KStrategy];

/** One change made by {@link enforceKAnonymity}. */
export type KChange =
  /** a whole column recoded to a coarser level, e.g. age → age bands */
  | { kind: "generalise"; column: string; level: string; changed: number }
  /** one value blanked (local suppression); `from` is the value it held */
  | { kind: "suppress-cell"; row: number; line: number; column: string; from: unknown }
  /** a record taken out: even with every quasi-identifier blank it stayed in a class below k */
  | { kind: "remove-record"; row: number; line: number };

/** Options of {@link enforceKAnonymity}. */
export interface EnforceKAnonymityOptions extends KAnonymityOptions {
  /**
   * `"suppress"` (default): blank quasi-identifier values of rare records only, the most
   * distinctive column first. `"generalise"`: first recode whole columns one level up (a column
   * named like `age` → age bands → 0-24 / 25-64 / 65+; postcode → département; date → year →
   * decade; other whole numbers → ranges of ten), the column with the most distinct values first,
   * then blank what is still rare.
   */
  strategy?: KStrategy;
}

/** The protected table, what was removed, and the log of every change. */
export interface EnforceKAnonymityOutput {
  /** The records kept, with changed values. */
  table: ColumnTable;
  /** Records taken out (nothing is lost: they are returned here, unchanged). */
  removed: ColumnTable;
  /** Every change, in the order made. */
  changes: KChange[];
  /** The same changes as issues, for printing in French or English. */
  issues: Issue[];
  before: KAnonymityReport;
  after: KAnonymityReport;
}

/**
 * Changes a row-level table until every record shares its quasi-identifier values with at least
 * k − 1 others, logging every change.
 *
 * Why: a file that leaves the organisation must not let anyone single out a person from age,
 * gender and place. Local suppression keeps most values and blanks a few; generalisation keeps
 * every record complete but coarser. A record that stays unique even with every quasi-identifier
 * blank (a table of fewer than k records) is moved to `removed`.
 *
 * @param table - a row-level table; `_line` names lines in the log when present
 * @param options - `quasi`, `k` (default 5, at least 2) and `strategy` (default `"suppress"`)
 * @returns `{ table, removed, changes, issues, before, after }`; `after.holds` is true
 * @throws PrivacyError `privacy.unknown_column`, `privacy.bad_option`
 * @example
 * enforceKAnonymity(people, { quasi: ["age", "gender", "postcode"], k: 5, strategy: "generalise" }).after.holds // => true
 */
export function enforceKAnonymity(table: ColumnTable, options: EnforceKAnonymityOptions): EnforceKAnonymityOutput {
  const { quasi, k } = checkOptions(table, options, "enforceKAnonymity");
  const strategy = options.strategy ?? KStrategy.suppress;
  const before = kAnonymity(table, { quasi, k });
  const names = table.columnNames();
  const n = table.numRows();
  const data: Record<string, unknown[]> = {};
  for (const name of names) data[name] = Array.from(readColumn(table, name));
  const lineOf = (row: number): number => {
    const line = data._line?.[row];
    return typeof line === "number" ? line : row + 1;
  };
  const changes: KChange[] = [];
  const issues: Issue[] = [];
  const q = (): unknown[][] => quasi.map((c) => data[c] as unknown[]);
  const rareRows = (alive: number[]): number[] => {
    const cols = q();
    const sub = cols.map((c) => alive.map((r) => c[r]));
    const out: number[] = [];
    for (const rows of groupRows(sub, alive.length).values()) {
      if (rows.length < k) for (const r of rows) out.push(alive[r] as number);
    }
    return out.sort((a, b) => a - b);
  };
  let alive = Array.from({ length: n }, (_, i) => i);

  if (strategy === KStrategy.generalise) {
    for (;;) {
      if (rareRows(alive).length === 0) break;
      let best: { column: string; step: Step; distinct: number } | null = null;
      for (const column of quasi) {
        const values = data[column] as unknown[];
        const step = nextStep(column, values);
        if (!step) continue;
        const distinct = new Set(values.map((v) => (v instanceof Date ? v.getTime() : v))).size;
        if (!best || distinct > best.distinct) best = { column, step, distinct };
      }
      if (!best) break;
      const values = data[best.column] as unknown[];
      let changed = 0;
      data[best.column] = values.map((v) => {
        const to = v === null || v === undefined ? null : best.step.map(v);
        if (!sameValue(to, v)) changed += 1;
        return to;
      });
      changes.push({ kind: "generalise", column: best.column, level: best.step.level, changed });
      issues.push({
        code: "privacy.generalised",
        severity: "info",
        column: best.column,
        params: { column: best.column, level: best.step.level, changed },
      });
    }
  }

  for (let round = 0; round < quasi.length; round += 1) {
    const rare = rareRows(alive);
    if (rare.length === 0) break;
    const distinct = quasi.map((c) => new Set(alive.map((r) => keyOf((data[c] as unknown[])[r]))).size);
    for (const row of rare) {
      let pick = -1;
      quasi.forEach((c, j) => {
        const v = (data[c] as unknown[])[row];
        if (v === null || v === undefined) return;
        if (pick < 0 || (distinct[j] as number) > (distinct[pick] as number)) pick = j;
      });
      if (pick < 0) continue;
      const column = quasi[pick] as string;
      const values = data[column] as unknown[];
      changes.push({ kind: "suppress-cell", row, line: lineOf(row), column, from: values[row] });
      issues.push({
        code: "privacy.cell_suppressed",
        severity: "info",
        line: lineOf(row),
        column,
        params: { column, k },
      });
      values[row] = null;
    }
  }

  const still = new Set(rareRows(alive));
  if (still.size > 0) {
    for (const row of still) {
      changes.push({ kind: "remove-record", row, line: lineOf(row) });
      issues.push({ code: "privacy.record_suppressed", severity: "warning", line: lineOf(row), params: { k } });
    }
    alive = alive.filter((r) => !still.has(r));
  }
  const pickRows = (rows: number[], source: Record<string, unknown[]>): ColumnTable => {
    const out: Record<string, unknown[]> = {};
    for (const name of names) out[name] = rows.map((r) => (source[name] as unknown[])[r]);
    return makeTable(out, names);
  };
  const original: Record<string, unknown[]> = {};
  for (const name of names) original[name] = Array.from(readColumn(table, name));
  const kept = pickRows(alive, data);
  return {
    table: kept,
    removed: pickRows(
      [...still].sort((a, b) => a - b),
      original,
    ),
    changes,
    issues,
    before,
    after: kAnonymity(kept, { quasi, k }),
  };
}

interface Step {
  level: string;
  map: (value: unknown) => unknown;
}

const BROAD: Record<string, string> = {
  "0-17": "0-24",
  "18-24": "0-24",
  "25-34": "25-64",
  "35-44": "25-64",
  "45-54": "25-64",
  "55-64": "25-64",
  "65-74": "65+",
  "75+": "65+",
};

/** The next generalisation of a column, judged from its current values; null at the top. */
function nextStep(column: string, values: unknown[]): Step | null {
  const sample = values.filter((v) => v !== null && v !== undefined).slice(0, 1000);
  if (sample.length === 0) return null;
  const all = (test: (v: unknown) => boolean): boolean => sample.every(test);
  const steps: Step[] = [];
  if (all((v) => v instanceof Date)) {
    steps.push({ level: "year", map: (v) => (v as Date).getUTCFullYear() });
  } else if (all((v) => typeof v === "number")) {
    const years = all((v) => Number.isInteger(v) && (v as number) >= 1800 && (v as number) <= 2200);
    if (isAgeColumn(column)) steps.push({ level: "age-band", map: (v) => ageBand(v as number) });
    else if (years) steps.push({ level: "decade", map: decade });
    else steps.push({ level: "tens", map: tens });
  } else if (all((v) => typeof v === "string" && (AGE_BANDS as readonly string[]).includes(v))) {
    steps.push({ level: "broad-age-band", map: (v) => BROAD[v as string] ?? null });
  } else if (all((v) => typeof v === "string" && /^(\d{4,5}|2[AB]\d{3})$/.test(v.trim()))) {
    steps.push({ level: "departement", map: (v) => departementOfPostcode(v) ?? (String(v).slice(0, 2) || null) });
  } else if (all((v) => typeof v === "number" || typeof v === "string") && /year/.test(column)) {
    steps.push({ level: "decade", map: decade });
  }
  return steps[0] ?? null;
}

/** Whether a column name says "age" (age, Âge, age_years, "Age at entry"). */
function isAgeColumn(column: string): boolean {
  const plain = column.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return /(^|[^a-z])age([^a-z]|$)/.test(plain);
}

function decade(value: unknown): string | null {
  const year = value instanceof Date ? value.getUTCFullYear() : Number(value);
  if (!Number.isFinite(year)) return null;
  const start = Math.floor(year / 10) * 10;
  return `${start}-${start + 9}`;
}

function tens(value: unknown): string | null {
  const start = Math.floor((value as number) / 10) * 10;
  return Number.isFinite(start) ? `${start}-${start + 9}` : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function keyOf(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return "n";
  return `${typeof value}:${String(value)}`;
}
