import { describe, expect, it } from "vitest";
import { bulletChart } from "../src/bullet-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const indicators = [
  // (8431.5 − 6000) / (10000 − 6000) = 0.607875
  { indicator: "Heures de bénévolat", value: 8431.5, baseline: 6000, target: 10000, milestone: 7000 },
  // a decrease: (0.24 − 0.3) / (0.1 − 0.3) = 0.3
  { indicator: "Part des journées > 16 h", value: 0.24, baseline: 0.3, target: 0.1 },
  { indicator: "Personnes en emploi", value: null, value_status: "suppressed", baseline: 10, target: 40 },
];

describe("bulletChart", () => {
  it("draws progress from baseline to target, the milestone, a decrease the same way, and hides a hidden value", async () => {
    const spec = bulletChart(indicators, { source: "Cadre logique 2025", n: 118 });
    expectValidSpec(spec);
    const rows = spec.usermeta.solidata.table.rows;
    expect(rows[0]?.progress).toBeCloseTo(0.607875, 12);
    expect(rows[1]?.progress).toBeCloseTo(0.3, 12);
    expect(rows[2]).toMatchObject({ value: null, progress: null });
    expect(spec.description).toBe(
      "Graphique à puces de 3 indicateurs face à leurs objectifs. " +
        "Heures de bénévolat : 8\u00a0431,5, de 6\u00a0000 vers 10\u00a0000 (61\u00a0% du chemin) ; " +
        "Part des journées > 16 h : 0,24, de 0,3 vers 0,1 (30\u00a0% du chemin) ; " +
        "Personnes en emploi : valeur masquée (petits effectifs), avancement non publié.",
    );
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(["valeur masquée (petits effectifs), avancement non publié", "Heures de bénévolat"]),
    );
    expectGolden("bullet-chart-fr", svg);
  });

  it("speaks English and needs its columns", () => {
    const spec = bulletChart([{ indicator: "Hours", value: 8000, baseline: 6000, target: 10000 }], { lang: "en" });
    expect(spec.usermeta.solidata.table.rows[0]?.progress).toBe(0.5);
    expect(spec.description).toBe(
      "Bullet chart of 1 indicators against their targets. Hours: 8,000, from 6,000 toward 10,000 (50% of the way).",
    );
    expect(() => bulletChart([{ indicator: "Hours", value: 1 }], { lang: "en" })).toThrow(/bulletChart: needs/);
  });
});
