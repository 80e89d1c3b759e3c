import { describe, expect, it } from "vitest";
import { survivalChart } from "../src/survival-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

// Kaplan–Meier steps as core's survival analysis returns them.
const km = [
  { time: 0, survival: 1, lower: 1, upper: 1 },
  { time: 30, survival: 0.82, lower: 0.7, upper: 0.9 },
  { time: 90, survival: 0.61, lower: 0.47, upper: 0.72 },
  { time: 180, survival: 0.45, lower: 0.31, upper: 0.58 },
  { time: 365, survival: 0.3, lower: 0.18, upper: 0.43 },
];

describe("survivalChart", () => {
  it("draws the step curve with its band and gives the median in its description", async () => {
    const spec = survivalChart(km, { xTitle: "jours", yTitle: "part encore active", source: "Journal", n: 64 });
    expectValidSpec(spec);
    expect(spec.description).toBe(
      "Courbe de Kaplan–Meier de part encore active avec sa bande de confiance à 95\u00a0%, 5 paliers ; " +
        "à 365 elle vaut 30\u00a0%. Médiane : 180.",
    );
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["100\u00a0%", "jours"]));
    expect(svg).toContain('aria-roledescription="area mark"');
    expectGolden("survival-chart-fr", svg);
  });

  it("says when the median is not reached and draws one curve per group", async () => {
    const spec = survivalChart(
      [
        { time: 0, survival: 1, arm: "A" },
        { time: 10, survival: 0.8, arm: "A" },
        { time: 0, survival: 1, arm: "B" },
        { time: 10, survival: 0.4, arm: "B" },
      ],
      { color: "arm", lang: "en" },
    );
    expectValidSpec(spec);
    expect(spec.description).toContain("A : The median is not reached.");
    expect(spec.description).toContain("B : Median: 10.");
    expect(spec.usermeta.solidata.table.columns.map((c) => c.key)).toEqual(["group", "time", "survival"]);
    expectGolden("survival-chart-groups-en", await toSVG(spec));
  });

  it("refuses a level outside 0.5–0.999", () => {
    expect(() => survivalChart(km, { level: 95 })).toThrow("survivalChart: needs level between 0.5 and 0.999");
  });
});
