import { describe, expect, it } from "vitest";
import { histogramChart } from "../src/histogram-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const ages = [
  18, 19, 21, 22, 22, 25, 27, 29, 30, 31, 33, 34, 35, 35, 36, 38, 41, 44, 45, 47, 52, 55, 58, 61, 63, 64, 67, 70, 71,
  75, 78, 79, 81, 84,
].map((age) => ({ age }));

describe("histogramChart", () => {
  it("counts values in nice bins like R's hist(right = FALSE) and hides bins below k", async () => {
    // R: a <- c(18,19,21,22,22,25,27,29,30,31,33,34,35,35,36,38,41,44,45,47,52,55,58,61,63,64,67,70,71,75,78,79,81,84)
    //    hist(a, breaks = seq(10, 90, by = 10), right = FALSE, plot = FALSE)$counts
    // [1] 2 6 8 4 3 4 5 2
    const spec = histogramChart(ages, { field: "age", maxBins: 8, k: 3, xTitle: "âge", source: "Registre", n: 34 });
    expectValidSpec(spec);
    const rows = spec.usermeta.solidata.table.rows;
    expect(rows.map((row) => row.count)).toEqual([null, 6, 8, 4, 3, 4, 5, null]);
    expect(rows.map((row) => row.status_label)).toEqual(["< 3", "", "", "", "", "", "", "< 3"]);
    expect(rows[0]?.bin).toBe("[10 ; 20[");
    expect(rows[7]?.bin).toBe("[80 ; 90]");
    expect(JSON.stringify(spec)).not.toContain("84"); // no individual value in the spec
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toContain("< 3");
    expectGolden("histogram-chart-fr", svg);
  });

  it("puts every value in one bin when all are equal", () => {
    const spec = histogramChart([{ v: 5 }, { v: 5 }], { field: "v", k: 1, lang: "en" });
    expect(spec.usermeta.solidata.table.rows.map((row) => row.count)).toEqual([2]);
  });

  it("refuses a bad number of bins", () => {
    expect(() => histogramChart(ages, { field: "age", maxBins: 1 })).toThrow("histogramChart: needs maxBins");
  });
});
