import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { smallMultiples } from "../src/small-multiples.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const rows = [
  { site: "Lyon", quarter: "T1", count: 40, count_status: "ok" },
  { site: "Lyon", quarter: "T2", count: 52, count_status: "ok" },
  { site: "Metz", quarter: "T1", count: 15, count_status: "ok" },
  { site: "Metz", quarter: "T2", count: null, count_status: "primary" },
  { site: "Brest", quarter: "T1", count: 22, count_status: "ok" },
  { site: "Brest", quarter: "T2", count: 31, count_status: "ok" },
];

describe("smallMultiples", () => {
  it("draws one small chart per site on shared scales, suppressed cells included", async () => {
    const spec = smallMultiples(rows, {
      facet: "site",
      columns: 3,
      measure: "bénévoles actifs",
      chart: (part) =>
        barChart(part, { x: "quarter", y: "count", yTitle: "bénévoles", xTitle: "trimestre", width: 120, height: 120 }),
      source: "Journal",
      n: 160,
    });
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.table.rows).toHaveLength(6);
    expect(spec.usermeta.solidata.table.rows[3]).toEqual({
      facet: "Metz",
      category: "T2",
      value: null,
      status_label: "< 10",
    });
    expect(spec.description?.startsWith("3 petits graphiques de bénévoles actifs par site.")).toBe(true);
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["Lyon", "Metz", "Brest", "< 10"]));
    expectGolden("small-multiples-fr", svg);
  });

  it("refuses a bad number of columns", () => {
    expect(() =>
      smallMultiples(rows, {
        facet: "site",
        columns: 0,
        chart: (part) => barChart(part, { x: "quarter", y: "count" }),
      }),
    ).toThrow("smallMultiples: needs columns");
  });
});
