import { drawCharts } from "../../src/report/draw-charts.js";
import { makeChart } from "../../src/report/make-chart.js";
import type { ReportModel } from "../../src/report/model.js";

/** Labels a spreadsheet could hold that must show as text and run nothing. */
export const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  'Site "A" & <b>B</b> | *x*',
] as const;

/** A report model written by hand (not by buildReport), with hostile labels in data cells; its charts not drawn. */
export function sampleModel(): ReportModel {
  const chart = makeChart({
    id: "volunteers-by-site",
    mark: "bar",
    title: { fr: "Bénévoles par site", en: "Volunteers by site" },
    alt: { fr: "Barres : nombre de bénévoles par site", en: "Bars: number of volunteers by site" },
    categoryLabel: { fr: "Site", en: "Site" },
    valueLabel: { fr: "Bénévoles", en: "Volunteers" },
    valueFormat: "count",
    points: [
      { category: HOSTILE[0], value: 1234 },
      { category: HOSTILE[1], value: 25 },
      { category: HOSTILE[2], value: null, status: "primary", k: 10 },
    ],
  });
  const trend = makeChart({
    id: "hours-by-month",
    mark: "line",
    title: { fr: "Heures par mois", en: "Hours by month" },
    alt: { fr: "Courbe des heures par mois", en: "Line of hours by month" },
    categoryLabel: { fr: "Mois", en: "Month" },
    valueLabel: { fr: "Heures", en: "Hours" },
    valueFormat: "hours",
    points: [
      { category: "2025-01", value: 310.5 },
      { category: "2025-02", value: 290 },
      { category: "2025-03", value: 402.25 },
    ],
  });
  return {
    version: 1,
    title: { fr: "Rapport d'impact", en: "Impact report" },
    organisation: { name: HOSTILE[0] },
    period: { from: "2025-01-01", to: "2025-12-31" },
    generatedAt: "2026-01-15T10:00:00.000Z",
    privacy: { profile: "public", k: 10 },
    protection: {
      method: "exact",
      k: 10,
      minContributors: 3,
      dominance: 0.85,
      label: "suppressed",
      maxChange: null,
      cells: 0,
      meanAbsoluteChange: null,
      shareChanged: null,
    },
    sections: [
      {
        id: "summary",
        title: { fr: "En bref", en: "At a glance" },
        paragraphs: [{ fr: "Une année d'activité.", en: "A year of activity." }],
        figures: [
          {
            id: "volunteers.people",
            label: { fr: "Bénévoles", en: "Volunteers" },
            value: 1234,
            format: "count",
            n: 1234,
            unit: "person",
            method: "count-distinct",
            status: "ok",
          },
          {
            id: "volunteers.hours",
            label: { fr: "Heures données", en: "Hours given" },
            value: 15678.5,
            format: "hours",
            n: 1234,
            unit: "person",
            method: "sum",
            status: "ok",
          },
          {
            id: "outcomes.rate",
            label: { fr: "Taux d'amélioration", en: "Improvement rate" },
            value: 0.125,
            format: "percent",
            n: 48,
            unit: "person",
            method: "proportion",
            status: "ok",
          },
          {
            id: "beneficiaries.rare",
            label: { fr: "Personnes d'un petit groupe", en: "People of a small group" },
            value: null,
            format: "count",
            n: 3,
            unit: "person",
            method: "count-distinct",
            status: "primary",
            k: 10,
          },
        ],
        charts: [],
        tables: [],
      },
      {
        id: "volunteers",
        title: { fr: "Bénévoles", en: "Volunteers" },
        paragraphs: [],
        figures: [],
        charts: [chart, trend],
        tables: [],
      },
      {
        id: "quality",
        title: { fr: "Qualité des données", en: "Data quality" },
        paragraphs: [],
        figures: [],
        charts: [],
        tables: [
          {
            id: "files",
            caption: { fr: "Fichiers lus", en: "Files read" },
            columns: [
              { name: "file", label: { fr: "Fichier", en: "File" }, format: "text" },
              { name: "sha256", label: { fr: "SHA-256", en: "SHA-256" }, format: "text" },
              { name: "rows", label: { fr: "Lignes lues", en: "Rows read" }, format: "count" },
            ],
            rows: [[{ value: HOSTILE[1] }, { value: "ab".repeat(32) }, { value: 1500 }]],
          },
        ],
      },
    ],
    warnings: [{ code: "report.no_file_kind", severity: "warning", params: { file: HOSTILE[0] } }],
    files: [
      {
        name: HOSTILE[1],
        sha256: "ab".repeat(32),
        kind: "volunteers",
        rowsRead: 1500,
        rowsClean: 1490,
        rowsQuarantined: 10,
        rowsMerged: 0,
      },
    ],
  };
}

/** {@link sampleModel} with its charts drawn in both languages, for the HTML. */
export async function drawnSampleModel(): Promise<ReportModel> {
  return drawCharts(await drawCharts(sampleModel(), "fr"), "en");
}
