import {
  formatIssue,
  type Issue,
  type Lang,
  type Result,
  retentionCohorts,
  volunteerActivity,
  volunteerHours,
  volunteerValue,
} from "@solidata/core";
import { heatmapChart, toSVG } from "@solidata/viz";
import type { ColumnTable } from "arquero";
import type { ReportConfig } from "../config/report-config.js";
import { figureFrom, firstRow, monthLabel, pointsFrom } from "./figures.js";
import { makeChart } from "./make-chart.js";
import type { Cell, Chart, FigureStatus, LocalText, Section } from "./model.js";

/** What the volunteers section gives the rest of the report (internal). */
export interface VolunteersPart {
  section: Section;
  results: Result[];
  methods: LocalText[];
}

const activityLabel: LocalText = { fr: "Activité", en: "Activity" };
const siteLabel: LocalText = { fr: "Site", en: "Site" };

/** Volunteers: people, hours, their value, activity by month, hours by activity and site (internal). */
export async function volunteersSection(log: ColumnTable, config: ReportConfig, k: number): Promise<VolunteersPart> {
  const privacy = { profile: config.privacy, k };
  const columns = log.columnNames();
  const by = ["activity", "site"].filter((c) => columns.includes(c));
  const hours = volunteerHours(log, { by, privacy });
  const activity = volunteerActivity(log, { period: "month", privacy });
  const rate = config.valuation.hourlyRate;
  const value = volunteerValue(
    log,
    typeof rate === "number" ? { rate, source: "configuration", privacy } : { preset: rate, privacy },
  );
  const summary = firstRow(hours.tables.summary);
  const valuation = firstRow(value.tables.valuation);
  const section: Section = {
    id: "volunteers",
    title: { fr: "Bénévoles", en: "Volunteers" },
    paragraphs: [
      {
        fr: "Les bénévoles comptés ont au moins une mission enregistrée sur la période ; leurs heures sont celles déclarées dans le journal d'activité.",
        en: "Volunteers counted have at least one recorded activity in the period; their hours are those entered in the activity log.",
      },
    ],
    figures: [
      figureFrom(summary, "volunteers", {
        id: "volunteers.people",
        label: { fr: "Bénévoles actifs", en: "Active volunteers" },
        format: "count",
        n: hours.n,
        unit: hours.unit,
        method: "count-distinct",
        k,
      }),
      figureFrom(summary, "hours", {
        id: "volunteers.hours",
        label: { fr: "Heures de bénévolat", en: "Volunteer hours" },
        format: "hours",
        n: hours.n,
        unit: hours.unit,
        method: "sum",
        k,
      }),
      figureFrom(summary, "median", {
        id: "volunteers.median_hours",
        label: { fr: "Heures par bénévole (médiane)", en: "Hours per volunteer (median)" },
        format: "hours",
        n: hours.n,
        unit: hours.unit,
        method: "median",
        k,
      }),
      figureFrom(valuation, "value", {
        id: "volunteers.value",
        label: { fr: "Valeur du temps bénévole", en: "Value of volunteer time" },
        format: "euros",
        n: value.n,
        unit: value.unit,
        method: typeof rate === "number" ? "hours-x-rate" : rate,
        k,
      }),
    ],
    charts: [],
    tables: [],
  };
  const months = activity.tables.activity;
  if (months.numRows() > 1) {
    section.charts.push(
      await makeChart({
        id: "volunteers-active-by-month",
        mark: "line",
        title: { fr: "Bénévoles actifs par mois", en: "Active volunteers by month" },
        alt: {
          fr: `Courbe du nombre de bénévoles actifs chaque mois, sur ${months.numRows()} mois ; les valeurs sont dans le tableau qui suit.`,
          en: `Line of the number of active volunteers each month, over ${months.numRows()} months; the values are in the table that follows.`,
        },
        categoryLabel: { fr: "Mois", en: "Month" },
        valueLabel: { fr: "Bénévoles actifs", en: "Active volunteers" },
        valueFormat: "count",
        points: pointsFrom(months, "period", "active", k, monthLabel),
        n: activity.n,
        source: { fr: "journal d'activité des bénévoles", en: "volunteer activity log" },
      }),
    );
  }
  for (const column of by) {
    const table = hours.tables[`by_${column}`];
    if (!table || table.numRows() === 0) continue;
    const label = column === "activity" ? activityLabel : siteLabel;
    section.charts.push(
      await makeChart({
        id: `volunteers-hours-by-${column}`,
        mark: "bar",
        title: {
          fr: `Heures de bénévolat par ${label.fr.toLowerCase()}`,
          en: `Volunteer hours by ${label.en.toLowerCase()}`,
        },
        alt: {
          fr: `Barres horizontales : heures de bénévolat pour chacune des ${table.numRows()} valeurs de « ${label.fr} » ; les valeurs sont dans le tableau qui suit.`,
          en: `Horizontal bars: volunteer hours for each of the ${table.numRows()} values of “${label.en}”; the values are in the table that follows.`,
        },
        categoryLabel: label,
        valueLabel: { fr: "Heures", en: "Hours" },
        valueFormat: "hours",
        points: pointsFrom(table, column, "hours", k),
        n: hours.n,
        source: { fr: "journal d'activité des bénévoles", en: "volunteer activity log" },
      }),
    );
  }
  const retention = retentionCohorts(log, { period: "year", maxOffset: 5, privacy });
  if (retention.tables.cohorts.numRows() > 1)
    section.charts.push(await retentionChart(retention.tables.cohorts, retention.n, k));
  const methodIssue = value.warnings.find((w) => w.code === "analyses.valuation_method");
  const methods: LocalText[] = methodIssue
    ? [{ fr: formatIssue(methodIssue, "fr"), en: formatIssue(methodIssue, "en") }]
    : [];
  return { section, results: [hours, activity, value, retention], methods };
}

/** Heat map of retention by sign-up year, with its table (internal). */
async function retentionChart(cohorts: ColumnTable, n: number, k: number): Promise<Chart> {
  const title: LocalText = {
    fr: "Fidélité des bénévoles par année d'arrivée",
    en: "Volunteer retention by year of arrival",
  };
  const alt: LocalText = {
    fr: `Carte de chaleur : pour chaque année d'arrivée (lignes), part des bénévoles encore actifs 0, 1, 2… ans plus tard (colonnes), sur ${cohorts.numRows()} cases ; les valeurs sont dans le tableau qui suit.`,
    en: `Heat map: for each year of arrival (rows), share of volunteers still active 0, 1, 2… years later (columns), over ${cohorts.numRows()} cells; the values are in the table that follows.`,
  };
  const source: LocalText = { fr: "journal d'activité des bénévoles", en: "volunteer activity log" };
  const spec = (lang: Lang): Record<string, unknown> =>
    heatmapChart(cohorts, {
      x: "offset",
      y: "cohort",
      value: "rate",
      k,
      lang,
      format: "percent",
      title: title[lang],
      description: alt[lang],
      source: source[lang],
      n,
      xTitle: lang === "fr" ? "Années après l'arrivée" : "Years after arrival",
      yTitle: lang === "fr" ? "Année d'arrivée" : "Year of arrival",
      valueTitle: lang === "fr" ? "Encore actifs" : "Still active",
    }) as unknown as Record<string, unknown>;
  const fr = spec("fr");
  const en = spec("en");
  const [svgFr, svgEn] = await Promise.all([toSVG(fr as never), toSVG(en as never)]);
  const cellOf = (row: Record<string, unknown>, column: string): Cell => {
    const status = row[`${column}_status`];
    const ok = status === undefined || status === "ok";
    const v = row[column];
    return ok
      ? { value: typeof v === "number" ? v : null, status: "ok" }
      : { value: null, status: status as FigureStatus, k };
  };
  return {
    id: "volunteers-retention",
    title,
    alt,
    spec: { fr, en },
    svg: { fr: svgFr, en: svgEn },
    table: {
      id: "volunteers-retention",
      caption: title,
      columns: [
        { name: "cohort", label: { fr: "Année d'arrivée", en: "Year of arrival" }, format: "text" },
        { name: "offset", label: { fr: "Années après", en: "Years after" }, format: "count" },
        { name: "size", label: { fr: "Arrivés", en: "Joined" }, format: "count" },
        { name: "retained", label: { fr: "Encore actifs", en: "Still active" }, format: "count" },
        { name: "rate", label: { fr: "Part encore active", en: "Share still active" }, format: "percent" },
      ],
      rows: (cohorts.objects() as Record<string, unknown>[]).map((row) => [
        { value: String(row.cohort ?? "–") },
        { value: typeof row.offset === "number" ? row.offset : null },
        cellOf(row, "size"),
        cellOf(row, "retained"),
        cellOf(row, "rate"),
      ]),
    },
  };
}

/** Warnings of results, without any original value (internal). */
export function resultWarnings(results: readonly Result[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const r of results) {
    for (const { value: _value, ...w } of r.warnings) {
      if (w.code === "analyses.valuation_method") continue;
      // The same rows left out by several analyses of one table are said once.
      const { function: _fn, ...params } = w.params ?? {};
      const key = `${w.code}:${JSON.stringify(params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(w);
    }
  }
  return out;
}
