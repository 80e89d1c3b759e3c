import { type ColumnTable, from } from "arquero";
import { plausibilityChecks } from "../analyses/plausibility-checks.js";
import { retentionCohorts } from "../analyses/retention-cohorts.js";
import { survival } from "../analyses/survival.js";
import type { ValuationPreset } from "../analyses/valuation-presets.js";
import { volunteerActivity } from "../analyses/volunteer-activity.js";
import { volunteerHours } from "../analyses/volunteer-hours.js";
import { volunteerValue } from "../analyses/volunteer-value.js";
import { monthCodes } from "../columnar/month-codes.js";
import { protectBase } from "./protect-base.js";
import { protectWarnings } from "./protect-warnings.js";
import {
  cellOf,
  figureFrom,
  firstRow,
  type IndicatorPrivacy,
  type Members,
  membersBy,
  personKey,
  perturbedByKey,
  perturbedCount,
  perturbPoints,
  pointsFrom,
  series,
  statusOf,
  textCell,
} from "./shared.js";
import { tableFrom } from "./table-from.js";
import type { SectionIndicators, SeriesPoint } from "./types.js";

/** Options of {@link volunteerIndicators}. */
export interface VolunteerIndicatorOptions {
  privacy: IndicatorPrivacy;
  /** The hourly rate of the valuation: a number of euros, or a preset (`"fr-smic-gross"`, `"fr-smic-charged"`, `"us-independent-sector"`). Default `"fr-smic-gross"`. */
  hourlyRate?: number | ValuationPreset;
  /** "Today", for the plausibility rule on dates in the future. Default: now. */
  now?: Date;
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
    methods: value.warnings.filter(
      (w) => w.code === "analyses.valuation_method" || w.code === "analyses.valuation_method_periods",
    ),
  };
  // valuation line by line: hours × rate = value for each rate period, adding up to the total
  const periods = value.tables.periods;
  if (periods && periods.numRows() > 0 && out.figures[3]?.status === "ok") {
    out.tables.push(
      tableFrom("volunteers-valuation", periods, [
        { name: "from", format: "date" },
        { name: "to", format: "date" },
        { name: "hours", format: "hours" },
        { name: "rate", format: "cents" },
        { name: "value", format: "cents" },
      ]),
    );
  }
  // tenure: Kaplan–Meier with delayed entry (a volunteer who joined before the log starts is counted
  // from when the log can see them)
  if (columns.includes("signup_date")) {
    const tenure = survival(log, { unit: "month", privacy });
    const summaryRow = firstRow(tenure.tables.summary);
    out.figures.push(
      figureFrom(
        summaryRow,
        "median",
        { id: "volunteers.tenure_median", format: "decimal", n: tenure.n, unit, method: "kaplan-meier-delayed-entry" },
        privacy,
      ),
    );
    if (out.figures.at(-1)?.status === "ok") {
      out.tables.push(
        tableFrom("volunteers-tenure", tenure.tables.summary, [
          { name: "volunteers", format: "count" },
          { name: "left", format: "count" },
          { name: "median", format: "decimal" },
          { name: "median_interval", interval: ["median_lower", "median_upper"] },
          { name: "delayed", format: "count" },
        ]),
      );
    }
    out.suppressed.push(...tenure.suppressed);
  }
  // plausibility: how much of the hours rest on rows no one could have worked (over 16 h a day)
  const plausible = plausibilityChecks(log, { ...(options.now ? { now: options.now } : {}) });
  const share = firstRow(plausible.tables.share);
  const flaggedRows = typeof share?.flagged_rows === "number" ? share.flagged_rows : 0;
  const hoursRules = (plausible.tables.flags.objects() as Record<string, unknown>[]).filter(
    (f) => f.rule === "hours-per-day",
  );
  if (flaggedRows > 0 && hoursRules.length > 0 && typeof share?.share === "number") {
    const pct = Math.round(share.share * 1000) / 10;
    const lines = [...new Set(hoursRules.map((f) => Number(f.line)))].sort((a, b) => a - b);
    out.figures.push(
      figureFrom(
        { share: share.share },
        "share",
        { id: "volunteers.implausible_hours_share", format: "percent", n: hours.n, unit, method: "plausibility" },
        privacy,
      ),
    );
    out.warnings.push({
      code: privacy.profile === "internal" ? "indicators.implausible_hours_lines" : "indicators.implausible_hours",
      severity: "warning",
      params: {
        rows: protectBase(lines.length, privacy.k).n ?? `< ${privacy.k}`,
        limit: 16,
        share_fr: String(pct).replace(".", ","),
        share_en: String(pct),
        lines: lines.slice(0, 30).join(", ") + (lines.length > 30 ? "…" : ""),
      },
    });
  }
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
  const retention = retentionCohorts(log, {
    period: "year",
    maxOffset: 5,
    privacy,
    ...(privacy.cellKeys ? { recordKey: (id: string) => personKey(privacy, id) } : {}),
  });
  // with cell keys, the cohort sizes and the people retained are perturbed like every count of
  // people, and the rate is recomputed from the published counts (size − retained tells nothing exact)
  const cohorts = privacy.cellKeys ? perturbCohorts(retention.tables.cohorts, privacy) : retention.tables.cohorts;
  // a heat map whose every cell is hidden shows nothing but its legend: left out
  const anyShown = (cohorts.objects() as Record<string, unknown>[]).some(
    (row) => row.rate_status === "ok" && typeof row.rate === "number" && Number.isFinite(row.rate),
  );
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
  return privacy.cellKeys ? perturbVolunteers(out, log, privacy) : out;
}

/** The retention cohorts with their sizes and people retained perturbed by the cell-key method, rates recomputed (internal). */
function perturbCohorts(cohorts: ColumnTable, privacy: IndicatorPrivacy): ColumnTable {
  const rows = (cohorts.objects() as Record<string, unknown>[]).map((row) => {
    const size = row.size_status === "ok" || row.size_status === undefined ? row.size : null;
    const published = perturbedByKey(typeof size === "number" ? size : null, row.size_key, privacy);
    const retained =
      (row.retained_status === "ok" || row.retained_status === undefined) && typeof row.retained === "number"
        ? perturbedByKey(row.retained, row.retained_key, privacy)
        : null;
    const { size_key: _s, retained_key: _r, ...rest } = row;
    // size − retained is a count of people too: a small gap of the published counts hides the part and its rate
    const gap = typeof published === "number" && typeof retained === "number" ? published - retained : 0;
    if (gap > 0 && gap < privacy.k)
      return {
        ...rest,
        size: published,
        retained: null,
        retained_status: "complementary",
        rate: null,
        rate_status: "small-base",
      };
    const rate =
      row.rate_status === "ok" && typeof published === "number" && published > 0 && typeof retained === "number"
        ? retained / published
        : row.rate;
    return {
      ...rest,
      ...(typeof published === "number" ? { size: published } : {}),
      ...(typeof retained === "number" ? { retained } : {}),
      rate,
    };
  });
  return from(rows);
}

/**
 * The volunteers section under the cell-key method: the count of volunteers and every base equal to
 * it perturbed as one cell, the volunteers active each month as their own cells (internal).
 */
function perturbVolunteers(out: SectionIndicators, log: ColumnTable, privacy: IndicatorPrivacy): SectionIndicators {
  if (!log.columnNames().includes("person_id")) return out;
  const everyone = membersBy(log, "person_id", null, privacy).get("") ?? { size: 0, key: 0 };
  const exact = everyone.size;
  const published = perturbedCount(exact, everyone, privacy);
  const base = (n: number | null): number | null => (n === exact ? published : n);
  out.figures = out.figures.map((f) => ({
    ...f,
    n: f.unit === "person" ? base(f.n) : f.n,
    ...(f.id === "volunteers.people" && f.status === "ok" ? { value: base(f.value) } : {}),
  }));
  const byMonth = log.columnNames().includes("activity_date")
    ? membersBy(log, "person_id", monthCodes(log, "activity_date"), privacy)
    : new Map<string, Members>();
  // the tenure table: its volunteers are everyone (the perturbed count); its departures and late
  // entries have no cell keys, and two nested reports would difference them: hidden under the method
  out.tables = out.tables.map((t) => {
    if (t.id !== "volunteers-tenure") return t;
    const at = (name: string) => t.columns.findIndex((c) => c.name === name);
    return {
      ...t,
      rows: t.rows.map((row) =>
        row.map((cell, i) => {
          if (i === at("volunteers") && cell.status === "ok")
            return cell.value === exact
              ? { value: published, status: "ok" as const }
              : { value: null, status: "complementary" as const };
          if ((i === at("left") || i === at("delayed")) && cell.status === "ok")
            return { value: null, status: "complementary" as const };
          return cell;
        }),
      ),
    };
  });
  out.series = out.series.map((x) => ({
    ...x,
    n: base(x.n),
    ...(x.id === "volunteers-active-by-month" ? { points: perturbPoints(x.points, byMonth, privacy) } : {}),
  }));
  return out;
}
