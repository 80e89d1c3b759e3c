import type { ColumnTable } from "arquero";
import { retentionCohorts } from "../analyses/retention-cohorts.js";
import type { ValuationPreset } from "../analyses/valuation-presets.js";
import { volunteerActivity } from "../analyses/volunteer-activity.js";
import { volunteerHours } from "../analyses/volunteer-hours.js";
import { volunteerValue } from "../analyses/volunteer-value.js";
import { protectWarnings } from "./protect-warnings.js";
import {
  cellOf,
  figureFrom,
  firstRow,
  type IndicatorPrivacy,
  pointsFrom,
  series,
  statusOf,
  textCell,
} from "./shared.js";
import type { SectionIndicators, SeriesPoint } from "./types.js";

/** Options of {@link volunteerIndicators}. */
export interface VolunteerIndicatorOptions {
  privacy: IndicatorPrivacy;
  /** The hourly rate of the valuation: a number of euros, or a preset (`"fr-smic-gross"`, `"fr-smic-charged"`, `"us-independent-sector"`). Default `"fr-smic-gross"`. */
  hourlyRate?: number | ValuationPreset;
}

/**
 * Every number the volunteers section publishes, from a clean volunteer activity log: active
 * volunteers, hours, median hours, value of volunteer time, active volunteers by month, hours by
 * activity and by site, retention by year of arrival. All pass through small-cell suppression.
 *
 * @param log - a clean `volunteers` table (person_id, activity_date, hours, activity, site…)
 * @param options - privacy profile and threshold, hourly rate
 * @returns the section's figures (`volunteers.people`, `volunteers.hours`, `volunteers.median_hours`,
 *   `volunteers.value`), series and warnings
 * @throws AnalysisError when the log lacks person_id, activity_date or hours
 * @example
 * volunteerIndicators(log, { privacy: { profile: "public", k: 10 } }).figures[0].id // => "volunteers.people"
 */
export function volunteerIndicators(log: ColumnTable, options: VolunteerIndicatorOptions): SectionIndicators {
  const { privacy } = options;
  const columns = log.columnNames();
  const by = ["activity", "site"].filter((c) => columns.includes(c));
  const hours = volunteerHours(log, { by, privacy });
  const activity = volunteerActivity(log, { period: "month", privacy });
  const rate = options.hourlyRate ?? "fr-smic-gross";
  const value = volunteerValue(
    log,
    typeof rate === "number" ? { rate, source: "configuration", privacy } : { preset: rate, privacy },
  );
  const summary = firstRow(hours.tables.summary);
  const valuation = firstRow(value.tables.valuation);
  const unit = "person" as const;
  const out: SectionIndicators = {
    id: "volunteers",
    figures: [
      figureFrom(
        summary,
        "volunteers",
        { id: "volunteers.people", format: "count", n: hours.n, unit, method: "count-distinct" },
        privacy,
      ),
      figureFrom(
        summary,
        "hours",
        { id: "volunteers.hours", format: "hours", n: hours.n, unit, method: "sum" },
        privacy,
      ),
      figureFrom(
        summary,
        "median",
        { id: "volunteers.median_hours", format: "hours", n: hours.n, unit, method: "median" },
        privacy,
      ),
      figureFrom(
        valuation,
        "value",
        {
          id: "volunteers.value",
          format: "euros",
          n: value.n,
          unit,
          method: typeof rate === "number" ? "hours-x-rate" : rate,
        },
        privacy,
      ),
    ],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: value.warnings.filter((w) => w.code === "analyses.valuation_method"),
  };
  const months = activity.tables.activity;
  if (months.numRows() > 1) {
    out.series.push(
      series(
        "volunteers-active-by-month",
        "month",
        "active",
        "count",
        activity.n,
        pointsFrom(months, "period", "active"),
        privacy,
      ),
    );
  }
  for (const column of by) {
    const table = hours.tables[`by_${column}`];
    if (!table || table.numRows() === 0) continue;
    out.series.push(
      series(
        `volunteers-hours-by-${column}`,
        column,
        "hours",
        "hours",
        hours.n,
        pointsFrom(table, column, "hours"),
        privacy,
      ),
    );
  }
  const retention = retentionCohorts(log, { period: "year", maxOffset: 5, privacy });
  const cohorts = retention.tables.cohorts;
  // a heat map whose every cell is hidden shows nothing but its legend: left out
  const anyShown = (cohorts.objects() as Record<string, unknown>[]).some((row) => statusOf(row.rate_status) === "ok");
  if (cohorts.numRows() > 1 && anyShown) {
    const points: SeriesPoint[] = (cohorts.objects() as Record<string, unknown>[]).map((row) => {
      const status = statusOf(row.rate_status);
      const v = row.rate;
      return {
        category: String(row.cohort ?? ""),
        column: String(row.offset ?? ""),
        value: status === "ok" && typeof v === "number" && Number.isFinite(v) ? v : null,
        status,
      };
    });
    out.series.push(series("volunteers-retention", "cohort", "rate", "percent", retention.n, points, privacy));
    out.tables.push({
      id: "volunteers-retention",
      columns: [
        { name: "cohort", format: "text" },
        { name: "offset", format: "count" },
        { name: "size", format: "count" },
        { name: "retained", format: "count" },
        { name: "rate", format: "percent" },
      ],
      rows: (cohorts.objects() as Record<string, unknown>[]).map((row) => [
        textCell(row.cohort),
        { value: typeof row.offset === "number" ? row.offset : null, status: "ok" },
        cellOf(row, "size"),
        cellOf(row, "retained"),
        cellOf(row, "rate"),
      ]),
    });
  }
  for (const r of [hours, activity, value, retention]) out.suppressed.push(...r.suppressed);
  out.warnings.push(...protectWarnings([hours, activity, value, retention], privacy.k, "volunteers"));
  return out;
}
