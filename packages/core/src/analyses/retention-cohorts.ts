import { type ColumnTable, table as makeTable } from "arquero";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import {
  compactLog,
  forEachPersonDistinct,
  type LogColumns,
  rowPeriods,
  signupDays,
  summarisePeople,
} from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf, isPeriod, type Period, periodIndex, periodLabel, periodStartDay } from "./period-of.js";
import { type CommonOptions, privacyParameters, protect, smallNWarnings } from "./shared.js";

/** Options of {@link retentionCohorts}. */
export interface RetentionCohortsOptions extends CommonOptions {
  /** period of cohorts and of activity, default `"month"` */
  period?: Period;
  /** largest offset (in periods) to report, default: all observed */
  maxOffset?: number;
  /** column names, defaults `person_id`, `activity_date`, `signup_date` (first activity when missing) */
  columns?: Pick<LogColumns, "person" | "date" | "signup">;
  /**
   * span of time the log covers; default from the first day of the month of its earliest activity to the last day
   * of the month of its latest one. A cell whose period lies outside it is `"not-observed"` (no number), one that
   * straddles an edge is `"partial"` (counted over the covered part only)
   */
  window?: { from?: Date; to?: Date };
  /**
   * the secret record key (0..255) of a person, for the cell-key method: given, the cohorts table also has
   * `size_key` and `retained_key`, the cell key of each count (its members' record keys summed modulo 256), so
   * the counts can be perturbed consistently (the same people, the same published value)
   */
  recordKey?: (person: string) => number | undefined;
}

/** Whether a retention cell's period lies inside the span the log covers. */
export const Observation = { observed: "observed", partial: "partial", notObserved: "not-observed" } as const;
export type Observation = (typeof Observation)[keyof typeof Observation];

/** Tables of {@link retentionCohorts}. */
export interface RetentionCohortsTables extends Record<string, ColumnTable> {
  /**
   * Long cohort × offset table (a heat map): `cohort` (period label of sign-up), `offset` (periods since sign-up, 0…),
   * `period` (label of cohort + offset), `size` (people in the cohort), `retained` (of them, active in that period),
   * `rate` (retained / size), with `size_status`, `retained_status`, `rate_status`, and `observation`
   * (`"observed"`, `"partial"`, `"not-observed"`). A cell whose period is outside the span the log covers (a sign-up
   * year before the log was kept) has `retained` and `rate` null with status `"not-observed"`: never 0 %.
   * Only periods up to the end of the window appear (later ones are not observed yet).
   */
  cohorts: ColumnTable;
}

/**
 * Retention by sign-up cohort: of the volunteers who joined in a period, how many were active 1, 2, 3…
 * periods later.
 *
 * Why: a stable headcount can hide a revolving door; cohorts show whether newcomers stay. The cohort
 * is the period of the sign-up date, or of the first activity when the sign-up date is missing. A log
 * kept from 2024 cannot say who was active in 2019: such cells are "not observed", and the window is
 * stated in `parameters.window` and in an `analyses.observation_window` info issue.
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date` and optionally `signup_date`
 * @param options - period (default month), maxOffset (≥ 0), columns, window, privacy, smallN
 * @returns a {@link Result} with `tables.cohorts`; `n` = volunteers
 * @throws AnalysisError `analyses.missing_column`, `analyses.bad_option` for an unknown period or a window that ends before it starts
 * @example
 * retentionCohorts(log, { period: "quarter" }).tables.cohorts.objects()[1]
 * // => { cohort: "2024-Q1", offset: 1, period: "2024-Q2", size: 40, retained: 22, rate: 0.55, observation: "observed", ... }
 */
export function retentionCohorts(
  table: ColumnTable,
  options: RetentionCohortsOptions = {},
): Result<RetentionCohortsTables> {
  const fn = "retentionCohorts";
  const period = options.period ?? "month";
  if (!isPeriod(period)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "period must be week, month, quarter or year",
    });
  }
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const signupColumn = options.columns?.signup ?? "signup_date";
  const log = compactLog(table, fn, personColumn, dateColumn);
  const people = summarisePeople(log);
  const monthOf = (d: number): number => periodIndex(d, "month");
  const from =
    (options.window?.from === undefined ? null : dayOf(options.window.from)) ??
    (log.rows === 0 ? 0 : periodStartDay(monthOf(log.minDay), "month"));
  const to =
    (options.window?.to === undefined ? null : dayOf(options.window.to)) ??
    (log.rows === 0 ? 0 : periodStartDay(monthOf(log.maxDay) + 1, "month") - 1);
  if (to < from)
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "window must end after it starts" });
  const observationOf = (index: number): Observation => {
    const start = periodStartDay(index, period);
    const end = periodStartDay(index + 1, period) - 1;
    if (end < from || start > to) return "not-observed";
    return start >= from && end <= to ? "observed" : "partial";
  };
  const signups = signupDays(table, log, signupColumn);
  const P = log.people.length;
  const cohortOf = new Int32Array(P);
  let lastPeriod = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < P; p++) {
    const start = signups[p] ?? (people.first[p] as number);
    cohortOf[p] = periodIndex(Math.min(start, people.first[p] as number), period);
    const last = periodIndex(people.last[p] as number, period);
    if (last > lastPeriod) lastPeriod = last;
  }
  if (P > 0) lastPeriod = Math.max(lastPeriod, periodIndex(to, period));
  const size = new Map<number, number>();
  let minC = Number.POSITIVE_INFINITY;
  for (let p = 0; p < P; p++) {
    const c = cohortOf[p] as number;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (c < minC) minC = c;
  }
  const maxOffset = options.maxOffset ?? Number.POSITIVE_INFINITY;
  // (person, offset) active pairs, deduplicated by sorting their codes
  const width = P === 0 ? 0 : lastPeriod - minC + 1;
  const periodOfRow = rowPeriods(log, period);
  const retained = new Float64Array(width * width);
  const keyOf = options.recordKey;
  const retainedKey = keyOf ? new Int32Array(width * width) : null;
  const sizeKey = new Map<number, number>();
  if (keyOf)
    for (let p = 0; p < P; p++) {
      const c = cohortOf[p] as number;
      sizeKey.set(c, ((sizeKey.get(c) ?? 0) + (keyOf(log.people[p] as string) ?? 0)) % 256);
    }
  forEachPersonDistinct(
    log,
    width,
    (row, emit) => {
      const offset = (periodOfRow[row] as number) - (cohortOf[log.person[row] as number] as number);
      if (offset >= 0 && offset <= maxOffset) emit(offset);
    },
    (who, keys, _counts, n) => {
      const base = ((cohortOf[who] as number) - minC) * width;
      const own = retainedKey && keyOf ? (keyOf(log.people[who] as string) ?? 0) : 0;
      for (let i = 0; i < n; i++) {
        retained[base + (keys[i] as number)] = (retained[base + (keys[i] as number)] as number) + 1;
        if (retainedKey)
          retainedKey[base + (keys[i] as number)] = ((retainedKey[base + (keys[i] as number)] as number) + own) % 256;
      }
    },
  );
  const cohortCol: string[] = [];
  const offsetCol: number[] = [];
  const periodCol: string[] = [];
  const sizeCol: number[] = [];
  const retainedCol: (number | null)[] = [];
  const rateCol: (number | null)[] = [];
  const observationCol: Observation[] = [];
  const sizeKeyCol: number[] = [];
  const retainedKeyCol: number[] = [];
  for (const cohort of [...size.keys()].sort((a, b) => a - b)) {
    const s = size.get(cohort) as number;
    for (let offset = 0; cohort + offset <= lastPeriod && offset <= maxOffset; offset++) {
      const r = retained[(cohort - minC) * width + offset] as number;
      cohortCol.push(periodLabel(cohort, period));
      offsetCol.push(offset);
      periodCol.push(periodLabel(cohort + offset, period));
      sizeCol.push(s);
      const observation = observationOf(cohort + offset);
      observationCol.push(observation);
      retainedCol.push(observation === "not-observed" ? null : r);
      rateCol.push(observation === "not-observed" ? null : r / s);
      if (retainedKey) {
        sizeKeyCol.push(sizeKey.get(cohort) ?? 0);
        retainedKeyCol.push(retainedKey[(cohort - minC) * width + offset] as number);
      }
    }
  }
  const suppressed: SuppressedCell[] = [];
  const protectedCohorts = protect(
    makeTable({
      cohort: cohortCol,
      offset: offsetCol,
      period: periodCol,
      size: sizeCol,
      retained: retainedCol,
      rate: rateCol,
      ...(retainedKey ? { size_key: sizeKeyCol, retained_key: retainedKeyCol } : {}),
    }),
    {
      name: "cohorts",
      counts: ["size", "retained"],
      dimensions: ["cohort", "offset"],
      bases: { rate: "size" },
      derived: { rate: "retained" },
    },
    options.privacy,
    suppressed,
  );
  // a cell outside the window has no number: its status says why, not a suppression rule
  const mark = (column: string): string[] =>
    (protectedCohorts.array(column) as unknown as string[]).map((status, i) =>
      observationCol[i] === "not-observed" ? "not-observed" : status,
    );
  const cohorts = protectedCohorts.assign({
    retained_status: mark("retained_status"),
    rate_status: mark("rate_status"),
    observation: observationCol,
  });
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const window = { from: iso(from), to: iso(to) };
  const notObserved = observationCol.filter((o) => o === "not-observed").length;
  return {
    kind: "retentionCohorts",
    tables: { cohorts },
    n: P,
    unit: "person",
    method: "cohort-retention",
    parameters: {
      period,
      maxOffset: options.maxOffset ?? null,
      person: personColumn,
      date: dateColumn,
      signup: signupColumn,
      window,
      ...privacyParameters(options.privacy),
    },
    warnings: [
      ...log.warnings,
      ...smallNWarnings(P, options.smallN ?? 30),
      {
        code: "analyses.observation_window",
        severity: "info",
        params: { from: window.from, to: window.to, cells: notObserved },
      },
    ],
    suppressed,
  };
}
