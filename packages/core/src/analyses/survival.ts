import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { protectSurvivalSteps } from "../privacy/protect-survival-steps.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { kaplanMeier, type SurvivalConfType } from "../stats/kaplan-meier.js";
import { compactLog, type LogColumns, signupDays, summarisePeople } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf } from "./period-of.js";
import { type CommonOptions, kOf, privacyParameters, protect, smallNWarnings } from "./shared.js";

/** Time units of a tenure curve. */
export const TenureUnit = { day: "day", week: "week", month: "month" } as const;
export type TenureUnit = (typeof TenureUnit)[keyof typeof TenureUnit];

const UNIT_DAYS: Record<TenureUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

/** Options of {@link survival}. */
export interface SurvivalOptions extends CommonOptions {
  /** a volunteer has left when their last activity is more than this many days before `endDate`; default 90 */
  inactivityDays?: number;
  /** end of observation, default the last activity date of the log */
  endDate?: Date;
  /** unit of `time` in the tables, default `"month"` (365.25 / 12 days) */
  unit?: TenureUnit;
  /** confidence level, default 0.95 */
  level?: number;
  /** band transformation, default `"log-log"` */
  conf?: SurvivalConfType;
  /** column names, defaults `person_id`, `activity_date`, `signup_date` (first activity when missing) */
  columns?: Pick<LogColumns, "person" | "date" | "signup">;
  /**
   * delayed entry (left truncation), default true: a volunteer who joined before the log starts enters the risk
   * sets at the first date the log can see them (`observedFrom`), not at their sign-up; false counts them from sign-up
   * as if the log had always been kept (long stays are then over-counted)
   */
  delayedEntry?: boolean;
  /** first date the log covers, default the earliest activity date of the log */
  observedFrom?: Date;
}

/** Tables of {@link survival}. */
export interface SurvivalTables extends Record<string, ColumnTable> {
  /**
   * The Kaplan–Meier step curve, starting at `time` 0: `time` (in `unit`), `at_risk`, `events` (left at that time),
   * `censored` (still active, followed until then), `survival` (share still volunteering), `lower`, `upper`
   * (confidence band), each with `<name>_status`; rows where fewer than k people are at risk are suppressed (`small-base`).
   */
  curve: ColumnTable;
  /**
   * One row: `volunteers`, `left`, `still_active`, `median` (median tenure in `unit`, null when not reached),
   * `median_lower`, `median_upper` (its confidence interval from the band, null when not reached),
   * `delayed` (volunteers who joined before `observedFrom` and enter late), `not_at_risk` (joined before the log and
   * seen only on its first day: in no risk set), with statuses.
   */
  summary: ColumnTable;
}

/**
 * Tenure of volunteers as a Kaplan–Meier survival curve, with a confidence band, counting those still
 * active as right-censored.
 *
 * Why: the mean length of engagement is biased when many volunteers are still there; Kaplan–Meier
 * uses them up to today. A volunteer has left when they had no activity in the last `inactivityDays`
 * days of the observation; tenure runs from sign-up (or first activity) to the last activity. A log
 * that starts after some volunteers joined cannot see those who left before it started: with delayed
 * entry (the default) each of them is counted only from the log's first date (`survfit(Surv(entry, exit, event) ~ 1)`).
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date` and optionally `signup_date`
 * @param options - inactivityDays (≥ 1), endDate, unit, level, conf, columns, delayedEntry, observedFrom, privacy, smallN
 * @returns a {@link Result} with `tables.curve` and `tables.summary`; `n` = volunteers; method `"kaplan-meier"`
 * @throws AnalysisError `analyses.missing_column`, `analyses.no_rows` when no row is usable, `analyses.bad_option`
 * @example
 * survival(log, { unit: "month" }).tables.summary.objects()[0] // => { volunteers: 120, left: 70, still_active: 50, median: 7.4, ... }
 */
export function survival(table: ColumnTable, options: SurvivalOptions = {}): Result<SurvivalTables> {
  const fn = "survival";
  const inactivityDays = options.inactivityDays ?? 90;
  if (!(Number.isInteger(inactivityDays) && inactivityDays >= 1)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "inactivityDays must be a whole number of days, at least 1",
    });
  }
  const unit = options.unit ?? "month";
  if (!(unit in UNIT_DAYS))
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "unit must be day, week or month" });
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const signupColumn = options.columns?.signup ?? "signup_date";
  const log = compactLog(table, fn, personColumn, dateColumn);
  if (log.rows === 0) throw new AnalysisError("analyses.no_rows", { function: fn });
  const people = summarisePeople(log);
  const signups = signupDays(table, log, signupColumn);
  const delayedEntry = options.delayedEntry ?? true;
  const from = (options.observedFrom === undefined ? null : dayOf(options.observedFrom)) ?? log.minDay;
  let end = options.endDate === undefined ? null : dayOf(options.endDate);
  if (end === null) {
    end = Number.NEGATIVE_INFINITY;
    for (const d of people.last) if (d > end) end = d;
  }
  const P = log.people.length;
  const times: number[] = [];
  const events: number[] = [];
  const entries: number[] = [];
  const perUnit = UNIT_DAYS[unit];
  for (let p = 0; p < P; p++) {
    const first = people.first[p] as number;
    const start = Math.min(signups[p] ?? first, first);
    const last = people.last[p] as number;
    const left = end - last > inactivityDays;
    const days = left ? last - start : Math.max(end, last) - start;
    times.push(days / perUnit);
    events.push(left ? 1 : 0);
    entries.push(start < from ? (from - start) / perUnit : Number.NEGATIVE_INFINITY);
  }
  const curve = kaplanMeier(times, events, {
    level: options.level ?? 0.95,
    conf: options.conf ?? "log-log",
    ...(delayedEntry ? { entry: entries } : {}),
  });
  let atStart = 0;
  for (const e of entries) if (!delayedEntry || e <= 0) atStart++;
  const steps = protectSurvivalSteps(
    [{ time: 0, nRisk: atStart, nEvent: 0, nCensor: 0, survival: 1, lower: 1, upper: 1 }, ...curve.steps],
    kOf(options.privacy),
  );
  if (steps[1] && steps[1].time === 0) steps.shift();
  const clean = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const suppressed: SuppressedCell[] = [];
  const base = "at_risk";
  const published = protect(
    makeTable({
      time: steps.map((s) => s.time),
      at_risk: steps.map((s) => s.nRisk),
      events: steps.map((s) => s.nEvent),
      censored: steps.map((s) => s.nCensor),
      survival: steps.map((s) => s.survival),
      lower: steps.map((s) => clean(s.lower)),
      upper: steps.map((s) => clean(s.upper)),
    }),
    {
      name: "curve",
      bases: { at_risk: base, events: base, censored: base, survival: base, lower: base, upper: base },
    },
    options.privacy,
    suppressed,
  );
  const k = kOf(options.privacy);
  const warnings: Issue[] = [...log.warnings, ...smallNWarnings(P, options.smallN ?? 30)];
  const firstHidden = steps.find((s) => s.nRisk < k);
  if (firstHidden) {
    warnings.push({
      code: "analyses.curve_truncated",
      severity: "info",
      params: { k, time: Math.round(firstHidden.time * 10) / 10, unit },
    });
  }
  const summary = protect(
    makeTable({
      volunteers: [P],
      left: [curve.events],
      still_active: [P - curve.events],
      median: [clean(curve.median)],
      median_lower: [clean(curve.medianLower)],
      median_upper: [clean(curve.medianUpper)],
      delayed: [curve.delayed],
      not_at_risk: [curve.notAtRisk],
    }),
    {
      name: "summary",
      counts: ["volunteers", "left", "still_active", "delayed", "not_at_risk"],
      bases: { median: "volunteers", median_lower: "volunteers", median_upper: "volunteers" },
    },
    options.privacy,
    suppressed,
  );
  return {
    kind: "survival",
    tables: { curve: published, summary },
    n: P,
    unit: "person",
    method: "kaplan-meier",
    parameters: {
      inactivityDays,
      endDate: new Date(end * 86_400_000).toISOString().slice(0, 10),
      unit,
      level: curve.level,
      conf: curve.conf,
      person: personColumn,
      date: dateColumn,
      signup: signupColumn,
      delayedEntry,
      observedFrom: new Date(from * 86_400_000).toISOString().slice(0, 10),
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
