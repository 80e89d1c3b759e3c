import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

// Hours of volunteering by site, one site suppressed (fewer than 10 people).
const hoursBySite = [
  { site: "Lyon", hours: 1234.5, hours_status: "ok" },
  { site: "Marseille", hours: 860, hours_status: "ok" },
  { site: "Metz", hours: null, hours_status: "primary" },
  { site: "Brest", hours: 312.25, hours_status: "ok" },
];

const bySiteAndGender = [
  { site: "Lyon", gender: "female", count: 40, count_status: "ok" },
  { site: "Lyon", gender: "male", count: 25, count_status: "ok" },
  { site: "Metz", gender: "female", count: 12, count_status: "ok" },
  { site: "Metz", gender: "male", count: null, count_status: "primary" },
  { site: "Brest", gender: "female", count: null, count_status: "complementary" },
  { site: "Brest", gender: "male", count: 18, count_status: "ok" },
];

describe("barChart", () => {
  it("makes a schema-valid column chart with title, subtitle and a description from the data", () => {
    const spec = barChart(hoursBySite, {
      x: "site",
      y: "hours",
      yTitle: "heures",
      source: "Journal des bénévoles 2025",
      n: 1234,
    });
    expectValidSpec(spec);
    expect(spec.title).toEqual({
      text: "heures par site",
      subtitle: ["Source : Journal des bénévoles 2025 · n = 1\u00a0234"],
    });
    expect(spec.description).toBe(
      "Diagramme en colonnes de heures par site : 4 valeurs. Valeur la plus élevée : Lyon (1\u00a0234,5). " +
        "1 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
  });

  it("keeps a suppressed cell as suppressed: no value, a '< k' label, never zero", () => {
    const spec = barChart(hoursBySite, { x: "site", y: "hours", k: 5, lang: "en" });
    const rows = spec.usermeta.solidata.table.rows;
    expect(rows[2]).toEqual({ category: "Metz", value: null, status_label: "< 5" });
    const values = (spec as unknown as { data: { values: Record<string, unknown>[] } }).data.values;
    const metz = values.find((row) => row.category === "Metz");
    expect(metz?.suppressed).toBe(true);
    expect(metz?.end).toBeGreaterThan(0);
  });

  it("draws the suppressed label in the SVG and matches the golden file", async () => {
    const spec = barChart(hoursBySite, { x: "site", y: "hours", yTitle: "heures", source: "Journal 2025", n: 57 });
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toContain("< 10");
    expect(svgTexts(svg)).toContain("1\u00a0000"); // French thousands on the axis
    expectGolden("bar-chart-columns-fr", svg);
  });

  it("writes English numbers in English", async () => {
    const svg = await toSVG(barChart(hoursBySite, { x: "site", y: "hours", lang: "en", source: "Log", n: 57 }));
    expect(svgTexts(svg)).toContain("1,000");
    expect(svgTexts(svg)).toContain("Source: Log · n = 57");
  });

  it("stacks by a second category, with each rule's own label", async () => {
    const spec = barChart(bySiteAndGender, {
      x: "site",
      y: "count",
      color: "gender",
      orientation: "horizontal",
      lang: "en",
      source: "Register",
      n: 95,
    });
    expectValidSpec(spec);
    const labels = spec.usermeta.solidata.table.rows.map((row) => row.status_label);
    expect(labels).toEqual(["", "", "", "< 10", "hidden", ""]);
    const svg = await toSVG(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["male < 10", "female hidden"]));
    expectGolden("bar-chart-stacked-en", svg);
  });

  it("groups bars side by side", async () => {
    const spec = barChart(bySiteAndGender, { x: "site", y: "count", color: "gender", mode: "grouped", n: 95 });
    expectValidSpec(spec);
    expect(spec.description).toMatch(/^Diagramme en barres groupées de count par site : 6 valeurs\./);
    expectGolden("bar-chart-grouped-fr", await toSVG(spec));
  });

  it("sorts categories by value on request", () => {
    const spec = barChart(hoursBySite, { x: "site", y: "hours", sort: "descending" });
    const layer = (spec as unknown as { layer: { encoding: { x: { sort: string[] } } }[] }).layer[0];
    expect(layer?.encoding.x.sort).toEqual(["Lyon", "Marseille", "Brest", "Metz"]);
  });

  it("formats fractions as percentages", () => {
    const spec = barChart([{ site: "Lyon", rate: 0.125 }], { x: "site", y: "rate", format: "percent" });
    expect(spec.description).toContain("Lyon (12,5\u00a0%)");
  });

  it("reads an arquero-like table", () => {
    const table = { objects: () => hoursBySite };
    expect(barChart(table, { x: "site", y: "hours" }).usermeta.solidata.table.rows).toHaveLength(4);
  });

  it("names what it needs when a field is missing", () => {
    expect(() => barChart(hoursBySite, { x: "town", y: "hours" })).toThrow(
      'barChart: needs a column "town" in the data',
    );
    expect(() => barChart(hoursBySite, { x: "site", y: "hours", k: 0 })).toThrow("barChart: needs k");
  });
});
