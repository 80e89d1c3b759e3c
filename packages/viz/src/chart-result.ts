import type { Lang, Result } from "@solidata/core";
import { barChart } from "./bar-chart.js";
import { heatmapChart } from "./heatmap-chart.js";
import { lineChart } from "./line-chart.js";
import { rateChart } from "./rate-chart.js";
import { survivalChart } from "./survival-chart.js";
import type { ChartSpec } from "./types.js";
import { type VizCode, vizText } from "./viz-text.js";

/** Options of {@link chartResult}. */
export interface ChartResultOptions {
  /** Language of the charts. Default `"fr"`. */
  lang?: Lang;
  /** Where the data comes from, for the subtitles. */
  source?: string;
  /** The suppression threshold used by core, for the "< k" labels. Default: from the result, else 10. */
  k?: number;
}

const units: Record<string, VizCode> = {
  day: "axisDays",
  week: "axisWeeks",
  month: "axisMonths",
};

/** The time axis title of a survival curve, from core's tenure unit. */
function unitTitle(unit: unknown, lang: Lang): string {
  const code = typeof unit === "string" ? units[unit] : undefined;
  return vizText(lang, code ?? "axisTime");
}

/**
 * The charts of a core analysis result, one per table worth drawing, chosen by the result's
 * `kind`: retention cohorts as a heatmap, survival as a Kaplan–Meier curve, outcome rates with
 * their Wilson intervals, activity and reach per period as time series, distributions, engagement
 * segments and demographics as bar charts.
 *
 * Why: a script or notebook goes from `volunteerActivity(log)` to a chart in one call, with the
 * result's n, its suppressed cells and the right titles. Kinds it does not know give `[]`: draw
 * their tables with the generic builders.
 *
 * @param result - a `Result` returned by an analysis of `@solidata/core`
 * @param options - `lang`, `source`, `k`
 * @returns an array of specs (possibly empty)
 * @throws errors of the builders when a table lacks an expected column
 * @example
 * chartResult(volunteerActivity(log), { lang: "en" })[0]?.usermeta.solidata.chart // => "line"
 */
export function chartResult(result: Result, options: ChartResultOptions = {}): ChartSpec[] {
  const lang: Lang = options.lang ?? "fr";
  const k =
    options.k ?? result.suppressed[0]?.k ?? (typeof result.parameters.k === "number" ? result.parameters.k : 10);
  const base = { lang, n: result.n, k, ...(options.source ? { source: options.source } : {}) };
  const t = result.tables;
  switch (result.kind) {
    case "volunteerActivity":
      return t.activity
        ? [
            lineChart(t.activity, {
              ...base,
              x: "period",
              y: "active",
              yTitle: vizText(lang, "axisActiveVolunteers"),
            }),
          ]
        : [];
    case "retentionCohorts":
      return t.cohorts
        ? [
            heatmapChart(t.cohorts, {
              ...base,
              x: "offset",
              y: "cohort",
              value: "rate",
              xTitle: vizText(lang, "axisPeriodsSinceJoining"),
              yTitle: vizText(lang, "axisCohort"),
              valueTitle: vizText(lang, "axisRetention"),
            }),
          ]
        : [];
    case "survival":
      return t.curve
        ? [
            survivalChart(t.curve, {
              ...base,
              xTitle: unitTitle(result.parameters.unit, lang),
              yTitle: vizText(lang, "axisShareStillActive"),
              ...(typeof result.parameters.level === "number" ? { level: result.parameters.level } : {}),
            }),
          ]
        : [];
    case "outcomeRate": {
      if (!t.rates) return [];
      const by = typeof result.parameters.by === "string" ? result.parameters.by : undefined;
      const rows = by === undefined ? t.rates.objects().map((row) => ({ ...row, group: "Total" })) : t.rates;
      return [
        rateChart(rows, {
          ...base,
          x: by ?? "group",
          numerator: "successes",
          denominator: "responded",
          yTitle: vizText(lang, "axisSuccessRate"),
        }),
      ];
    }
    case "volunteerHours":
      return t.distribution
        ? [
            barChart(t.distribution, {
              ...base,
              x: "band",
              y: "volunteers",
              xTitle: vizText(lang, "axisHoursPerVolunteer"),
              yTitle: vizText(lang, "axisVolunteers"),
            }),
          ]
        : [];
    case "engagementSegments":
      return t.segments
        ? [
            barChart(t.segments, {
              ...base,
              x: "segment",
              y: "volunteers",
              xTitle: vizText(lang, "axisSegment"),
              yTitle: vizText(lang, "axisVolunteers"),
            }),
          ]
        : [];
    case "reach":
      return [
        ...(t.by_period
          ? [lineChart(t.by_period, { ...base, x: "period", y: "people", yTitle: vizText(lang, "axisPeople") })]
          : []),
        ...(t.visits_per_person
          ? [
              barChart(t.visits_per_person, {
                ...base,
                x: "band",
                y: "people",
                xTitle: vizText(lang, "axisVisitsPerPerson"),
                yTitle: vizText(lang, "axisPeople"),
              }),
            ]
          : []),
      ];
    case "demographics": {
      const fields: [string, string, VizCode][] = [
        ["age", "age_band", "axisAge"],
        ["gender", "gender", "axisGender"],
        ["household_size", "household_size", "axisHouseholdSize"],
      ];
      return fields.flatMap(([table, field, title]) => {
        const data = t[table];
        return data
          ? [
              barChart(data, {
                ...base,
                x: field,
                y: "people",
                xTitle: vizText(lang, title),
                yTitle: vizText(lang, "axisPeople"),
              }),
            ]
          : [];
      });
    }
    default:
      return [];
  }
}
