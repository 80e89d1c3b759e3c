import { describe, expect, it } from "vitest";
import { chartLocale } from "../src/locale.js";
import { chartTheme, palette } from "../src/theme.js";
import { toSVG } from "../src/to-svg.js";
import { vizText } from "../src/viz-text.js";
import { expectValidSpec, svgTexts } from "./helpers.js";

const textChart = (lang: "fr" | "en") => ({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: 200,
  height: 40,
  data: { values: [{ v: 1234.5, p: 0.125, d: "2025-01-01" }] },
  layer: [
    { mark: { type: "text", dy: -12 }, encoding: { text: { field: "v", type: "quantitative", format: ",.1f" } } },
    { mark: { type: "text" }, encoding: { text: { field: "p", type: "quantitative", format: ".1%" } } },
    {
      mark: { type: "text", dy: 12 },
      encoding: { text: { field: "d", type: "temporal", format: "%b %Y" } },
    },
  ],
  config: chartTheme(lang),
});

describe("chartTheme and chartLocale", () => {
  it("make Vega write French numbers, percentages and months", async () => {
    const spec = textChart("fr");
    expectValidSpec(spec);
    const texts = svgTexts(await toSVG(spec as never));
    expect(texts).toEqual(expect.arrayContaining(["1\u00a0234,5", "12,5\u00a0%"]));
    expect(texts.some((text) => text.endsWith("2025") && /^(janv\.|déc\.) 2025$/.test(text))).toBe(true);
  });

  it("make Vega write English ones", async () => {
    const texts = svgTexts(await toSVG(textChart("en") as never));
    expect(texts).toEqual(expect.arrayContaining(["1,234.5", "12.5%"]));
  });

  it("use eight distinct colours and the language's month names", () => {
    expect(new Set(palette).size).toBe(8);
    expect(chartLocale("fr").time.shortMonths[0]).toBe("janv.");
    expect(chartLocale("en").time.shortMonths[0]).toBe("Jan");
  });

  it("word every text in both languages", () => {
    expect(vizText("fr", "source", { source: "Registre" })).toBe("Source : Registre");
    expect(vizText("en", "source", { source: "Register" })).toBe("Source: Register");
  });
});
