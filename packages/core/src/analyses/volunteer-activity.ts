import { type ColumnTable, table as makeTable } from "arquero";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { compactLog, forEachPersonDistinct, type LogColumns, rowPeriods } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { isPeriod, type Period, periodIndex, periodLabel } from "./period-of.js";
import { type CommonOptions, privacyParameters, protect, smallNWarnings } from "./shared.js";

/** Options of {@link volunteerActivity}. */
export interface VolunteerActivityOptions extends CommonOptions {
  /** calendar period of the rows, default `"month"` */
  period?: Period;
  /**
   * Activity window in days: a volunteer counts as active in a period when they had an activity within
   * the period or in the `windowDays` days ending on the period's last day. Default: the period itself.
   * Use it for "active = came in the last 90 days". Periods after the last activity of the log are not shown.
   */
  windowDays?: number;
  /** column names, defaults `person_id` and `activity_date` */
  columns?: Pick<LogColumns, "person" | "date">;
}

/** Tables of {@link volunteerActivity}. */
export interface VolunteerActivityTables extends Record<string, ColumnTable> {
  /**
   * One row per period, every period between the first and last activity (gaps included):
   * `period` (ISO label: "2025-01", "2025-W03", "2025-Q1", "2025"),
   * `active` (distinct volunteers active in the period or window), `new` (first activity ever in this period),
   * `returning` (active, not new), `lapsed` (active in the previous period, not in this one),
   * each count with its `<name>_status` ("ok" or the suppression rule).
   */
  activity: ColumnTable;
}

/**
 * Active, new, returning and lapsed volunteers per period, from an activity log.
 *
 * Why: "how many volunteers do we have" depends on the period and on what counts as active; this
 * answers it per week, month, quarter or year with a configurable activity window, and shows the
 * flows (new, returning, lapsed) behind the total. Person counts are protected by small-cell suppression.
 * Rows without a person or a date are left out and reported in `warnings` (`analyses.rows_excluded`).
 *
 * @param table - cleaned `volunteers` log (one row per activity) with `person_id` and `activity_date` (Date, UTC)
 * @param options - period (default month), windowDays (≥ 1), columns, privacy, smallN
 * @returns a {@link Result} whose `tables.activity` is documented in {@link VolunteerActivityTables}; `n` = distinct volunteers
 * @throws AnalysisError `analyses.missing_column` when a column is missing, `analyses.bad_option` for an unknown period or a window below 1 day
 * @example
 * volunteerActivity(log, { period: "month" }).tables.activity.objects()[0]
 * // => { period: "2025-01", active: 42, active_status: "ok", new: 12, new_status: "ok", returning: 30, ... }
 */
export function volunteerActivity(
  table: ColumnTable,
  options: VolunteerActivityOptions = {},
): Result<VolunteerActivityTables> {
  const fn = "volunteerActivity";
  const period = options.period ?? "month";
  if (!isPeriod(period))
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "period must be week, month, quarter or year",
    });
  const windowDays = options.windowDays;
  if (windowDays !== undefined && !(Number.isInteger(windowDays) && windowDays >= 1)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "windowDays must be a whole number of days, at least 1",
    });
  }
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const log = compactLog(table, fn, personColumn, dateColumn);

  // the table runs from the period of the first activity to the period of the last one (the end of observation)
  const periodOfRow = rowPeriods(log, period);
  const minP = log.rows === 0 ? 0 : periodIndex(log.minDay, period);
  const maxP = log.rows === 0 ? -1 : periodIndex(log.maxDay, period);
  const span = maxP - minP + 1;
  const periods: string[] = [];
  for (let p = 0; p < span; p++) periods.push(periodLabel(minP + p, period));
  // last period an activity on day d keeps someone active in: the last period ending on or before d + windowDays - 1
  const lastActive = (d: number, p: number): number => {
    if (windowDays === undefined) return p;
    const reach = d + windowDays - 1;
    const q = periodIndex(reach, period);
    const endsInside = periodIndex(reach + 1, period) !== q;
    return Math.min(maxP, Math.max(p, endsInside ? q : q - 1));
  };
  const reachOfDay = new Int32Array(log.rows === 0 ? 0 : log.maxDay - log.minDay + 1);
  for (let d = 0; d < reachOfDay.length; d++)
    reachOfDay[d] = lastActive(log.minDay + d, periodIndex(log.minDay + d, period));
  const active = new Array<number>(span).fill(0);
  const fresh = new Array<number>(span).fill(0);
  const lapsed = new Array<number>(span).fill(0);
  // the distinct periods each person is active in, in order
  forEachPersonDistinct(
    log,
    Math.max(span, 0),
    (row, emit) => {
      const p = (periodOfRow[row] as number) - minP;
      const q = (reachOfDay[(log.day[row] as number) - log.minDay] as number) - minP;
      for (let k = p; k <= q; k++) emit(k);
    },
    (_person, keys, _counts, n) => {
      for (let i = 0; i < n; i++) {
        const p = keys[i] as number;
        active[p] = (active[p] as number) + 1;
        if (i === 0) fresh[p] = (fresh[p] as number) + 1;
        const next = i + 1 < n ? (keys[i + 1] as number) : span;
        if (next !== p + 1 && p + 1 < span) lapsed[p + 1] = (lapsed[p + 1] as number) + 1;
      }
    },
  );

  const raw = makeTable({
    period: periods,
    active,
    new: fresh,
    returning: active.map((a, i) => a - (fresh[i] as number)),
    lapsed,
  });
  const suppressed: SuppressedCell[] = [];
  const activity = protect(
    raw,
    { name: "activity", counts: ["active", "new", "returning", "lapsed"], dimensions: ["period"] },
    options.privacy,
    suppressed,
  );
  const n = log.people.length;
  return {
    kind: "volunteerActivity",
    tables: { activity },
    n,
    unit: "person",
    method: windowDays === undefined ? "distinct-per-period" : "distinct-in-window",
    parameters: {
      period,
      windowDays: windowDays ?? null,
      person: personColumn,
      date: dateColumn,
      rowsRead: log.total,
      rowsUsed: log.rows,
      ...privacyParameters(options.privacy),
    },
    warnings: [...log.warnings, ...smallNWarnings(n, options.smallN ?? 30)],
    suppressed,
  };
}
