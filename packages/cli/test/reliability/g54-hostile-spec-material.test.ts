// Catalogue entry 54: hostile spec material. Category values `datum.x`, `"signal"`, `a.b`, `a[0]`
// and a category label with dots and brackets are data, never expressions or field paths: the chart
// renders, shows each value literally, and the spec's field names are the template's own (specs are
// never taken from input files). I3: a suppressed cell (given as core hands it over, null) stays null.
import { describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import { makeChart } from "../../src/report/make-chart.js";
import { sampleModel } from "../report/sample-model.js";

const VALUES = ["datum.x", '"signal"', "a.b", "a[0]", "width * 1000"];

describe("54. hostile spec material", () => {
  it("draws hostile category values and labels as text", async () => {
    const chart = makeChart({
      id: "hostile-spec",
      mark: "bar",
      title: { fr: "a.b[0]", en: "a.b[0]" },
      alt: { fr: "x", en: "x" },
      categoryLabel: { fr: "a.b[0]", en: "a.b[0]" },
      valueLabel: { fr: "datum.value", en: "datum.value" },
      valueFormat: "count",
      points: [
        ...VALUES.map((category, i) => ({ category, value: 20 + i })),
        { category: "tiny", value: null, status: "primary" as const, k: 10 },
      ],
    });
    // drawn as a report draws it: in one language, from the spec of that language
    const model = sampleModel();
    model.sections[0]?.charts.push(chart);
    const svg = (await drawCharts(model, "en")).sections[0]?.charts[0]?.svg?.en ?? "";
    expect(svg).toMatch(/^<svg/);
    const shown = svg.replaceAll("&quot;", '"');
    for (const v of VALUES) expect(shown).toContain(v);
    // the spec's fields are the template's, not derived from the data
    const spec = JSON.stringify(chart.spec.en);
    const fields = [...spec.matchAll(/"field":"([^"]+)"/g)].map((m) => m[1]);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(VALUES).not.toContain(f);
    // I3: the small cell's value is in neither the data table nor the spec's data
    const tiny = chart.table.rows.find((row) => JSON.stringify(row[0]?.value).includes("tiny"));
    expect(tiny?.[1]?.value).toBeNull();
  });
});
