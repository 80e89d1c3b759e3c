import { describe, expect, it } from "vitest";
import { progressChart } from "../src/progress-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const indicators = [
  { indicator: "Repas distribués", value: 8200, target: 10000 },
  { indicator: "Heures de bénévolat", value: 1340.5, target: 1200 },
  { indicator: "Nouveaux bénévoles", value: 12, target: 40 },
];

describe("progressChart", () => {
  it("draws each indicator against its target with the share reached", async () => {
    const spec = progressChart(indicators, { source: "Plan 2025", n: 250 });
    expectValidSpec(spec);
    expect(spec.description).toBe(
      "Avancement vers les objectifs : 3 indicateurs. Repas distribués : 8\u00a0200 sur 10\u00a0000 (82\u00a0%) ; " +
        "Heures de bénévolat : 1\u00a0340,5 sur 1\u00a0200 (112\u00a0%) ; Nouveaux bénévoles : 12 sur 40 (30\u00a0%).",
    );
    expect(spec.usermeta.solidata.table.rows[2]).toEqual({
      indicator: "Nouveaux bénévoles",
      value: 12,
      target: 40,
      share: 0.3,
    });
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["8\u00a0200 sur 10\u00a0000 (82\u00a0%)"]));
    expectGolden("progress-chart-fr", svg);
  });

  it("speaks English", () => {
    expect(progressChart([{ indicator: "Meals", value: 820, target: 1000 }], { lang: "en" }).description).toBe(
      "Progress toward targets: 1 indicators. Meals: 820 of 1,000 (82%).",
    );
  });
});
