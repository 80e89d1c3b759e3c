import { describe, expect, it } from "vitest";
import { rateChart } from "../src/rate-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

// Rates with Wilson intervals, as core returns them; one site has too small a base.
const rates = [
  { site: "Lyon", retained: 40, total: 80, rate: 0.5, lower: 0.392, upper: 0.608, rate_status: "ok" },
  { site: "Marseille", retained: 30, total: 40, rate: 0.75, lower: 0.598, upper: 0.858, rate_status: "ok" },
  { site: "Metz", retained: null, total: null, rate: null, lower: null, upper: null, rate_status: "small-base" },
];

describe("rateChart", () => {
  it("draws points with interval whiskers and keeps the small-base row labelled", async () => {
    const spec = rateChart(rates, {
      x: "site",
      numerator: "retained",
      denominator: "total",
      yTitle: "taux de retour",
      source: "Suivi à 6 mois",
      n: 120,
    });
    expectValidSpec(spec);
    expect(spec.description).toBe(
      "Taux de taux de retour par site avec intervalles à 95\u00a0% : 3 valeurs. " +
        "Valeur la plus élevée : Marseille (75\u00a0% [59,8\u00a0% ; 85,8\u00a0%]). " +
        "Valeur la plus basse : Lyon (50\u00a0% [39,2\u00a0% ; 60,8\u00a0%]). " +
        "1 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
    expect(spec.usermeta.solidata.table.rows[0]).toMatchObject({ numerator: 40, denominator: 80 });
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["n < 10", "50\u00a0%"]));
    expect(svg).toContain('aria-roledescription="rule mark"');
    expectGolden("rate-chart-fr", svg);
  });
});
