import { describe, expect, it } from "vitest";
import { heatmapChart } from "../src/heatmap-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

// A cohort retention triangle as core returns it; one cell rests on too few people.
const cohorts = [
  { cohort: "2025-01", period_index: 0, rate: 1, rate_status: "ok" },
  { cohort: "2025-01", period_index: 1, rate: 0.62, rate_status: "ok" },
  { cohort: "2025-01", period_index: 2, rate: 0.41, rate_status: "ok" },
  { cohort: "2025-02", period_index: 0, rate: 1, rate_status: "ok" },
  { cohort: "2025-02", period_index: 1, rate: 0.55, rate_status: "ok" },
  { cohort: "2025-03", period_index: 0, rate: null, rate_status: "small-base" },
];

describe("heatmapChart", () => {
  it("shades a retention triangle, writes percentages and shows the small-base cell", async () => {
    const spec = heatmapChart(cohorts, {
      x: "period_index",
      y: "cohort",
      value: "rate",
      xTitle: "mois depuis l'arrivée",
      yTitle: "cohorte",
      valueTitle: "rétention",
      source: "Journal des bénévoles",
      n: 180,
    });
    expectValidSpec(spec);
    expect(spec.description).toBe(
      "Carte de chaleur de rétention par cohorte et mois depuis l'arrivée : 6 cases. " +
        "Valeur la plus élevée : 2025-01, 0 (100\u00a0%). " +
        "1 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["62\u00a0%", "n < 10"]));
    expectGolden("heatmap-chart-fr", svg);
  });

  it("writes numbers when asked", () => {
    const spec = heatmapChart([{ a: "x", b: "y", v: 1234.5 }], {
      x: "a",
      y: "b",
      value: "v",
      format: "number",
      lang: "en",
    });
    expect(spec.description).toContain("(1,234.5)");
  });
});
