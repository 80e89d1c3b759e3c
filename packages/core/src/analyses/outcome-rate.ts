import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { wilsonInterval } from "../stats/wilson-interval.js";
import {
  assertNotIdentifier,
  type CommonOptions,
  columnOf,
  excludedWarning,
  personKey,
  privacyParameters,
  protect,
  smallNWarnings,
} from "./shared.js";

/** Options of {@link outcomeRate}. */
export interface OutcomeRateOptions extends CommonOptions {
  /** column holding the outcome (true/false, 1/0), default `"outcome"`; missing = no answer */
  outcome?: string;
  /** person identifier, default `"person_id"` */
  person?: string;
  /** group column (e.g. `"arm"`, `"site"`): one row per group plus a `"Total"` row */
  by?: string;
  /** keep only rows whose `followup_wave` (see `waveColumn`) equals this value */
  wave?: string;
  /** wave column, default `"followup_wave"` */
  waveColumn?: string;
  /** confidence level of the Wilson interval, default 0.95 */
  level?: number;
  /** below this response rate the result carries `analyses.low_response`; default 0.7 */
  minResponse?: number;
}

/** Tables of {@link outcomeRate}. */
export interface OutcomeRateTables extends Record<string, ColumnTable> {
  /**
   * One row per group (when `by` is given, then a `"Total"` row) or one row:
   * [`<by>`], `enrolled` (people in the table), `responded` (people with an outcome), `successes`,
   * `rate` (successes / responded), `lower`, `upper` (Wilson interval), `response_rate` (responded / enrolled),
   * `attrition` (1 − response_rate), each with `<name>_status`.
   */
  rates: ColumnTable;
  /**
   * Present when `by` has exactly two groups: `group_a`, `group_b`, `n_a`, `n_b` (people who responded),
   * `difference` (rate a − rate b), `lower`, `upper` (Newcombe's hybrid score interval, from the two Wilson
   * intervals), with statuses; suppressed when either group has fewer than k respondents.
   */
  comparison: ColumnTable;
}

function isSuccess(value: unknown): boolean | null {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  return null;
}

/**
 * Outcome rate with its numerator, denominator and Wilson interval, and the follow-up response rate and
 * attrition beside it.
 *
 * Why: "68 % found a job" means little without "of the 25 people who answered, out of 48 followed";
 * this gives all three, so a reader sees how much drop-out lies behind the rate. Each person counts
 * once: their last row with an answer (in table order) is used.
 *
 * @param table - cleaned `outcomes` table (one row per person and wave) with `person_id` and `outcome`
 * @param options - outcome, person, by, wave, waveColumn, level, minResponse, privacy, smallN
 * @returns a {@link Result} with `tables.rates` and, for two groups, `tables.comparison`; `n` = people who responded;
 *   method `"wilson"` (or `"wilson+newcombe"` with a comparison)
 * @throws AnalysisError `analyses.missing_column` when a named column is missing
 * @throws AnalysisError `analyses.identifier_breakdown` when asked to break results down by a column that identifies people (email, names, person id…)
 * @example
 * outcomeRate(outcomes, { by: "arm", wave: "8m" }).tables.rates.objects()[0]
 * // => { arm: "BtheB", enrolled: 52, responded: 27, successes: 19, rate: 0.7037, lower: 0.5152, upper: 0.8415, response_rate: 0.519, ... }
 */
export function outcomeRate(table: ColumnTable, options: OutcomeRateOptions = {}): Result<OutcomeRateTables> {
  const fn = "outcomeRate";
  const outcomeColumn = options.outcome ?? "outcome";
  const personColumn = options.person ?? "person_id";
  const level = options.level ?? 0.95;
  const persons = columnOf(table, personColumn, fn);
  const outcomes = columnOf(table, outcomeColumn, fn);
  if (options.by !== undefined) assertNotIdentifier(options.by, fn, personColumn);
  const groups = options.by === undefined ? null : columnOf(table, options.by, fn);
  const waves = options.wave === undefined ? null : columnOf(table, options.waveColumn ?? "followup_wave", fn);
  const total = "Total";
  // person -> { group, answer }
  const people = new Map<string, { group: string | null; answer: boolean | null }>();
  let noPerson = 0;
  for (let i = 0; i < table.numRows(); i++) {
    const who = personKey(persons[i]);
    if (who === null) {
      noPerson++;
      continue;
    }
    let entry = people.get(who);
    if (!entry) {
      const g = groups === null ? null : groups[i];
      entry = { group: g === null || g === undefined ? null : String(g), answer: null };
      people.set(who, entry);
    }
    if (waves !== null && String(waves[i] ?? "") !== options.wave) continue;
    const answer = isSuccess(outcomes[i]);
    if (answer !== null) entry.answer = answer;
  }
  const keys = groups === null ? [null] : [...new Set([...people.values()].map((p) => p.group))].sort();
  const rows = keys.map((key) => ({ key, enrolled: 0, responded: 0, successes: 0 }));
  const all = { key: total, enrolled: 0, responded: 0, successes: 0 };
  for (const person of people.values()) {
    const targets = [
      groups === null ? rows[0] : rows.find((r) => r.key === person.group),
      ...(groups === null ? [] : [all]),
    ];
    for (const t of targets) {
      if (!t) continue;
      t.enrolled++;
      if (person.answer !== null) {
        t.responded++;
        if (person.answer) t.successes++;
      }
    }
  }
  const out = groups === null ? rows : [...rows, all];
  const intervals = out.map((r) => wilsonInterval(r.successes, r.responded, level));
  const nan = (x: number): number | null => (Number.isNaN(x) ? null : x);
  const columns: Record<string, unknown[]> = {};
  if (options.by !== undefined) columns[options.by] = out.map((r) => r.key);
  Object.assign(columns, {
    enrolled: out.map((r) => r.enrolled),
    responded: out.map((r) => r.responded),
    successes: out.map((r) => r.successes),
    rate: intervals.map((w) => nan(w.estimate)),
    lower: intervals.map((w) => nan(w.lower)),
    upper: intervals.map((w) => nan(w.upper)),
    response_rate: out.map((r) => (r.enrolled > 0 ? r.responded / r.enrolled : null)),
    attrition: out.map((r) => (r.enrolled > 0 ? 1 - r.responded / r.enrolled : null)),
  });
  const suppressed: SuppressedCell[] = [];
  const rates = protect(
    makeTable(columns),
    {
      name: "rates",
      counts: ["enrolled", "responded", "successes"],
      dimensions: options.by === undefined ? [] : [options.by],
      bases: {
        rate: "responded",
        lower: "responded",
        upper: "responded",
        response_rate: "enrolled",
        attrition: "enrolled",
      },
    },
    options.privacy,
    suppressed,
  );
  const tables: Record<string, ColumnTable> = { rates };
  if (groups !== null && rows.length === 2) {
    const [a, b] = rows as [(typeof rows)[number], (typeof rows)[number]];
    const [wa, wb] = intervals as [(typeof intervals)[number], (typeof intervals)[number]];
    if (a.responded > 0 && b.responded > 0) {
      const d = wa.estimate - wb.estimate;
      const compared = protect(
        makeTable({
          group_a: [a.key],
          group_b: [b.key],
          n_a: [a.responded],
          n_b: [b.responded],
          n_min: [Math.min(a.responded, b.responded)],
          difference: [d],
          lower: [d - Math.sqrt((wa.estimate - wa.lower) ** 2 + (wb.upper - wb.estimate) ** 2)],
          upper: [d + Math.sqrt((wa.upper - wa.estimate) ** 2 + (wb.estimate - wb.lower) ** 2)],
        }),
        {
          name: "comparison",
          counts: ["n_a", "n_b"],
          bases: { difference: "n_min", lower: "n_min", upper: "n_min" },
        },
        options.privacy,
        suppressed,
      );
      tables.comparison = compared.select(compared.columnNames().filter((name) => name !== "n_min"));
    }
  }
  const overall = groups === null ? (rows[0] as (typeof rows)[number]) : all;
  const warnings: Issue[] = [
    ...excludedWarning(noPerson, "person", fn),
    ...smallNWarnings(overall.responded, options.smallN ?? 30),
  ];
  const responseRate = overall.enrolled > 0 ? overall.responded / overall.enrolled : 0;
  if (responseRate < (options.minResponse ?? 0.7)) {
    warnings.push({
      code: "analyses.low_response",
      severity: "warning",
      params: {
        rate: `${Math.round(responseRate * 100)} %`,
        missing: overall.enrolled - overall.responded,
        enrolled: overall.enrolled,
      },
    });
  }
  return {
    kind: "outcomeRate",
    tables: tables as OutcomeRateTables,
    n: overall.responded,
    unit: "person",
    method: tables.comparison ? "wilson+newcombe" : "wilson",
    parameters: {
      outcome: outcomeColumn,
      person: personColumn,
      by: options.by ?? null,
      wave: options.wave ?? null,
      level,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
