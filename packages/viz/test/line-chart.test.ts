import { describe, expect, it } from "vitest";
import { lineChart } from "../src/line-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const monthly = [
  { period: "2025-01", visits: 120, visits_status: "ok", flagged: false },
  { period: "2025-02", visits: 135, visits_status: "ok", flagged: false },
  { period: "2025-03", visits: 310, visits_status: "ok", flagged: true },
  { period: "2025-04", visits: null, visits_status: "primary", flagged: false },
  { period: "2025-05", visits: 150, visits_status: "ok", flagged: false },
  { period: "2025-06", visits: 1480.5, visits_status: "ok", flagged: false },
];

describe("lineChart", () => {
  it("draws months on a French time axis with anomalies, a target and a suppressed month", async () => {
    const spec = lineChart(monthly, {
      x: "period",
      y: "visits",
      anomaly: "flagged",
      target: 200,
      yTitle: "passages",
      source: "Journal des passages",
      n: 420,
    });
    expectValidSpec(spec);
    expect(spec.description).toBe(
      "Courbe de passages dans le temps, 6 périodes de janv. 2025 à juin 2025. Elle passe de 120 à 1\u00a0480,5. " +
        "1 anomalie(s) signalée(s) : mars 2025. Objectif : 200. " +
        "1 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
    const svg = await toSVG(spec);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(["janv. 2025", "< 10", "Objectif : 200", "1\u00a0400"]));
    expectGolden("line-chart-fr", svg);
  });

  it("writes English periods and quarters", async () => {
    const spec = lineChart(
      [
        { q: "2024-Q4", hours: 80 },
        { q: "2025-Q1", hours: 60 },
      ],
      { x: "q", y: "hours", lang: "en" },
    );
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.table.rows.map((row) => row.period)).toEqual(["Q4 2024", "Q1 2025"]);
    expect(spec.description).toContain("It falls from 80 to 60.");
    expect(svgTexts(await toSVG(spec))).toEqual(expect.arrayContaining(["Q1 2025"]));
  });

  it("draws one line per series and keeps ISO weeks as ordinal labels", async () => {
    const spec = lineChart(
      [
        { week: "2025-W01", site: "Lyon", n: 5 },
        { week: "2025-W02", site: "Lyon", n: 7 },
        { week: "2025-W01", site: "Metz", n: 3 },
        { week: "2025-W02", site: "Metz", n: 4 },
      ],
      { x: "week", y: "n", color: "site", lang: "en" },
    );
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.table.columns.map((c) => c.key)).toEqual(["period", "series", "value"]);
    expect(spec.usermeta.solidata.table.rows.map((row) => row.period)).toEqual([
      "W01 2025",
      "W02 2025",
      "W01 2025",
      "W02 2025",
    ]);
    expectGolden("line-chart-series-en", await toSVG(spec));
  });

  it("names what it needs", () => {
    expect(() => lineChart(monthly, { x: "month", y: "visits" })).toThrow('lineChart: needs a column "month"');
  });
});
