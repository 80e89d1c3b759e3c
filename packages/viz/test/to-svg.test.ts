import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { toSVG } from "../src/to-svg.js";

describe("toSVG", () => {
  it("adds the title and description as <title>, <desc> and aria-label", async () => {
    const spec = barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n", title: "Bénévoles", lang: "en" });
    const svg = await toSVG(spec);
    expect(svg).toMatch(/^<svg role="img" aria-label="Bénévoles\. Column chart of n by site: 1 values\./);
    expect(svg).toContain("<title>Bénévoles</title><desc>Column chart of n by site: 1 values.");
  });

  it("is deterministic: the same spec gives the same SVG", async () => {
    const spec = barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n" });
    expect(await toSVG(spec)).toBe(await toSVG(spec));
  });

  it("names what it needs when the spec does not compile", async () => {
    await expect(toSVG({ mark: "nothing" } as never)).rejects.toThrow("toSVG: needs a valid Vega-Lite spec");
  });
});
