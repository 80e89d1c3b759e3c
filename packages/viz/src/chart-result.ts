import type { Lang, Result } from "@solidata/core";
import { barChart } from "./bar-chart.js";
import { heatmapChart } from "./heatmap-chart.js";
import { lineChart } from "./line-chart.js";
import { rateChart } from "./rate-chart.js";
import { survivalChart } from "./survival-chart.js";
import type { ChartSpec } from "./types.js";

/** Options of {@link chartResult}. */
export interface ChartResultOptions {
  /** Language of the charts. Default `"fr"`. */
  lang?: Lang;
  /** Where the data comes from, for the subtitles. */
  source?: string;
  /** The suppression threshold used by core, for the "< k" labels. Default: from the result, else 10. */
  k?: number;
}

const en = (lang: Lang, fr: string, english: string): string => (lang === "en" ? english : fr);

const units: Record<string, [string, string]> = {
  day: ["jours", "days"],
  week: ["semaines", "weeks"],
  month: ["mois", "months"],
};

/** The time axis title of a survival curve, from core's tenure unit. */
function unitTitle(unit: unknown, lang: Lang): string {
  const pair = typeof unit === "string" ? units[unit] : undefined;
  return pair ? en(lang, pair[0], pair[1]) : en(lang, "temps", "time");
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
              yTitle: en(lang, "bénévoles actifs", "active volunteers"),
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
              xTitle: en(lang, "périodes depuis l'arrivée", "periods since joining"),
              yTitle: en(lang, "cohorte", "cohort"),
              valueTitle: en(lang, "rétention", "retention"),
            }),
          ]
        : [];
    case "survival":
      return t.curve
        ? [
            survivalChart(t.curve, {
              ...base,
              xTitle: unitTitle(result.parameters.unit, lang),
              yTitle: en(lang, "part encore active", "share still active"),
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
          yTitle: en(lang, "taux de réussite", "success rate"),
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
              xTitle: en(lang, "heures par bénévole", "hours per volunteer"),
              yTitle: en(lang, "bénévoles", "volunteers"),
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
              xTitle: en(lang, "segment", "segment"),
              yTitle: en(lang, "bénévoles", "volunteers"),
            }),
          ]
        : [];
    case "reach":
      return [
        ...(t.by_period
          ? [lineChart(t.by_period, { ...base, x: "period", y: "people", yTitle: en(lang, "personnes", "people") })]
          : []),
        ...(t.visits_per_person
          ? [
              barChart(t.visits_per_person, {
                ...base,
                x: "band",
                y: "people",
                xTitle: en(lang, "passages par personne", "visits per person"),
                yTitle: en(lang, "personnes", "people"),
              }),
            ]
          : []),
      ];
    case "demographics": {
      const fields: [string, string, string, string][] = [
        ["age", "age_band", "âge", "age"],
        ["gender", "gender", "genre", "gender"],
        ["household_size", "household_size", "taille du foyer", "household size"],
      ];
      return fields.flatMap(([table, field, fr, english]) => {
        const data = t[table];
        return data
          ? [
              barChart(data, {
                ...base,
                x: field,
                y: "people",
                xTitle: en(lang, fr, english),
                yTitle: en(lang, "personnes", "people"),
              }),
            ]
          : [];
      });
    }
    default:
      return [];
  }
}
