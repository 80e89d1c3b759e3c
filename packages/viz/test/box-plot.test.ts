import { describe, expect, it } from "vitest";
import { boxPlot } from "../src/box-plot.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const a = [2, 3.5, 4, 4, 5, 6, 6.5, 7, 8, 9, 10, 12, 40];
const b = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
const rows = [
  ...a.map((hours) => ({ site: "Lyon", hours })),
  ...b.map((hours) => ({ site: "Metz", hours })),
  ...[3, 4, 5].map((hours) => ({ site: "Brest", hours })),
];

describe("boxPlot", () => {
  it("matches R's quartiles and deciles (type 7), and hides groups below k", async () => {
    // R: quantile(c(2,3.5,4,4,5,6,6.5,7,8,9,10,12,40), c(.25,.5,.75), type = 7)  -> 4.0 6.5 9.0
    //    quantile(c(1,1,2,3,5,8,13,21,34,55,89), c(.25,.5,.75), type = 7)       -> 2.5 8.0 27.5
    //    quantile(c(2,3.5,4,4,5,6,6.5,7,8,9,10,12,40), c(.1,.9), type = 7)    -> 3.6 11.6
    //    quantile(c(1,1,2,3,5,8,13,21,34,55,89), c(.1,.9), type = 7)          -> 1 55
    const spec = boxPlot(rows, { x: "site", y: "hours", xTitle: "site", yTitle: "heures", source: "Journal", n: 27 });
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.table.rows).toEqual([
      { group: "Lyon", n: 13, q1: 4, median: 6.5, q3: 9, low: 3.6, high: 11.6, status_label: "" },
      { group: "Metz", n: 11, q1: 2.5, median: 8, q3: 27.5, low: 1, high: 55, status_label: "" },
      { group: "Brest", n: null, q1: null, median: null, q3: null, low: null, high: null, status_label: "n < 10" },
    ]);
    expect(JSON.stringify(spec)).not.toContain("89"); // maxima are not drawn
    const drawn = (spec as unknown as { data: { values: Record<string, unknown>[] } }).data.values;
    expect(drawn.flatMap((box) => [box.low, box.high])).not.toContain(40);
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toContain("n < 10");
    expectGolden("box-plot-fr", svg);
  });
});
