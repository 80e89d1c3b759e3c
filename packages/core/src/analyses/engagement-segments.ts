import { type ColumnTable, table as makeTable } from "arquero";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { quantilesSorted } from "../stats/quantiles.js";
import { compactLog, forEachPersonDistinct, type LogColumns } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf } from "./period-of.js";
import { type CommonOptions, privacyParameters, protect, smallNWarnings } from "./shared.js";

/** Engagement segments, from most to least engaged. */
export const EngagementSegment = {
  core: "core",
  regular: "regular",
  occasional: "occasional",
  lapsing: "lapsing",
  lapsed: "lapsed",
} as const;
export type EngagementSegment = (typeof EngagementSegment)[keyof typeof EngagementSegment];

/** Options of {@link engagementSegments}. */
export interface EngagementSegmentsOptions extends CommonOptions {
  /** date the recency is measured from, default the last activity date of the log */
  asOf?: Date;
  /** active within this many days = recent; default 90 */
  recentDays?: number;
  /** no activity for more than this many days = lapsed; default 180 (between the two: lapsing) */
  lapsedDays?: number;
  /** column names, defaults `person_id`, `activity_date`, `hours` (optional: without it, hours are not used) */
  columns?: Pick<LogColumns, "person" | "date" | "hours">;
}

/** Tables of {@link engagementSegments}. */
export interface EngagementSegmentsTables extends Record<string, ColumnTable> {
  /**
   * One row per segment in the order core, regular, occasional, lapsing, lapsed: `segment`, `volunteers`, `share`
   * (of all volunteers), `hours` (total), `median_days_since` (recency), `median_activities` (frequency), with statuses.
   */
  segments: ColumnTable;
}

/**
 * Engagement segments from recency, frequency and hours (an RFM reading of the activity log).
 *
 * Why: volunteer coordinators need to know who to thank, who to call back and who has gone.
 * Rules (thresholds in `parameters`): `lapsed` when the last activity is more than `lapsedDays` ago,
 * `lapsing` when more than `recentDays`; among recent volunteers, `core` when their number of activities
 * is at least the 75th percentile of recent volunteers and their hours at least the median, `regular`
 * when their number of activities is at least the median, `occasional` otherwise.
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date`, and `hours` when available
 * @param options - asOf, recentDays (≥ 1), lapsedDays (> recentDays), columns, privacy, smallN
 * @returns a {@link Result} with `tables.segments`; `n` = volunteers
 * @throws AnalysisError `analyses.missing_column`, `analyses.bad_option` when lapsedDays ≤ recentDays
 * @example
 * engagementSegments(log).tables.segments.objects()[0] // => { segment: "core", volunteers: 25, share: 0.21, ... }
 */
export function engagementSegments(
  table: ColumnTable,
  options: EngagementSegmentsOptions = {},
): Result<EngagementSegmentsTables> {
  const fn = "engagementSegments";
  const recentDays = options.recentDays ?? 90;
  const lapsedDays = options.lapsedDays ?? 180;
  if (!(recentDays >= 1 && lapsedDays > recentDays)) {
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "needs 1 <= recentDays < lapsedDays" });
  }
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const hoursColumn = options.columns?.hours ?? "hours";
  const withHours = table.columnNames().includes(hoursColumn);
  const log = compactLog(table, fn, personColumn, dateColumn, withHours ? hoursColumn : undefined);
  const P = log.people.length;
  const last = new Int32Array(P).fill(-2147483648);
  const hours = new Float64Array(P);
  const span = log.rows === 0 ? 0 : log.maxDay - log.minDay + 1;
  for (let i = 0; i < log.rows; i++) {
    const who = log.person[i] as number;
    const d = log.day[i] as number;
    if (d > (last[who] as number)) last[who] = d;
    const h = log.hours[i] as number;
    if (!Number.isNaN(h)) hours[who] = (hours[who] as number) + h;
  }
  // frequency = distinct activity days per person
  const distinctDays = new Int32Array(P);
  forEachPersonDistinct(
    log,
    span,
    (row, emit) => emit((log.day[row] as number) - log.minDay),
    (who, _keys, _counts, n) => {
      distinctDays[who] = n;
    },
  );
  let asOf = options.asOf === undefined ? null : dayOf(options.asOf);
  if (asOf === null) asOf = P === 0 ? 0 : log.maxDay;
  const recency = Array.from(last, (d) => (asOf as number) - d);
  const frequency = Array.from(distinctDays);
  const recent: number[] = [];
  for (let p = 0; p < P; p++) if ((recency[p] as number) <= recentDays) recent.push(p);
  const sortedFreq = recent.map((p) => frequency[p] as number).sort((a, b) => a - b);
  const sortedHours = recent.map((p) => hours[p] as number).sort((a, b) => a - b);
  const [freqMedian, freqP75] = quantilesSorted(sortedFreq, [0.5, 0.75]) as [number, number];
  const [hoursMedian] = quantilesSorted(sortedHours, [0.5]) as [number];
  const order: EngagementSegment[] = ["core", "regular", "occasional", "lapsing", "lapsed"];
  const members = new Map<EngagementSegment, number[]>(order.map((s) => [s, []]));
  for (let p = 0; p < P; p++) {
    const r = recency[p] as number;
    const f = frequency[p] as number;
    let segment: EngagementSegment;
    if (r > lapsedDays) segment = "lapsed";
    else if (r > recentDays) segment = "lapsing";
    else if (f >= freqP75 && (!withHours || (hours[p] as number) >= hoursMedian)) segment = "core";
    else if (f >= freqMedian) segment = "regular";
    else segment = "occasional";
    (members.get(segment) as number[]).push(p);
  }
  const median = (values: number[]): number | null =>
    values.length === 0
      ? null
      : (quantilesSorted(
          values.sort((a, b) => a - b),
          [0.5],
        )[0] as number);
  const rows = order.map((segment) => {
    const list = members.get(segment) as number[];
    const h = list.map((p) => hours[p] as number);
    return {
      segment,
      volunteers: list.length,
      share: P > 0 ? list.length / P : 0,
      hours: withHours ? h.reduce((a, b) => a + b, 0) : null,
      hours_max: Math.max(0, ...h),
      median_days_since: median(list.map((p) => recency[p] as number)),
      median_activities: median(list.map((p) => frequency[p] as number)),
    };
  });
  const suppressed: SuppressedCell[] = [];
  const segments = protect(
    makeTable({
      segment: rows.map((r) => r.segment),
      volunteers: rows.map((r) => r.volunteers),
      share: rows.map((r) => r.share),
      hours: rows.map((r) => r.hours),
      hours_max: rows.map((r) => r.hours_max),
      median_days_since: rows.map((r) => r.median_days_since),
      median_activities: rows.map((r) => r.median_activities),
    }),
    {
      name: "segments",
      counts: ["volunteers"],
      dimensions: ["segment"],
      derived: { share: "volunteers" },
      sums: { hours: "hours_max" },
      bases: { median_days_since: "volunteers", median_activities: "volunteers" },
    },
    options.privacy,
    suppressed,
  );
  return {
    kind: "engagementSegments",
    tables: { segments },
    n: P,
    unit: "person",
    method: "recency-frequency-hours",
    parameters: {
      asOf: new Date(asOf * 86_400_000).toISOString().slice(0, 10),
      recentDays,
      lapsedDays,
      thresholds: {
        coreActivities: freqP75 ?? null,
        regularActivities: freqMedian ?? null,
        coreHours: hoursMedian ?? null,
      },
      person: personColumn,
      date: dateColumn,
      hours: withHours ? hoursColumn : null,
      ...privacyParameters(options.privacy),
    },
    warnings: [...log.warnings, ...smallNWarnings(P, options.smallN ?? 30)],
    suppressed,
  };
}
