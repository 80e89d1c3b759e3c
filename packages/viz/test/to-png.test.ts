import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { toPNG } from "../src/to-png.js";

describe("toPNG", () => {
  it("renders a PNG through @resvg/resvg-js", async () => {
    const png = await toPNG(barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n" }), { scale: 1 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // width in the IHDR chunk: the SVG's width at scale 1
    const width = (png[16]! << 24) | (png[17]! << 16) | (png[18]! << 8) | png[19]!;
    expect(width).toBeGreaterThan(100);
  });

  it("refuses a bad scale", async () => {
    await expect(toPNG(barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n" }), { scale: 0 })).rejects.toThrow(
      "toPNG: needs scale between 0.1 and 10",
    );
  });
});
