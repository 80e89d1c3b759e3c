// Catalogue entry 51: HTML injection via data (a programme `<img src=x onerror=alert(1)>`, a header
// `"><svg onload=alert(1)>`, a site `</title><script>`): rendered as text in tables, titles, legends,
// SVG labels; the CSP blocks inline handlers anyway. I3: the hostile small cell stays suppressed.
// (The headless-browser run is packages/cli/test/report-browser.test.ts.)
import { describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import { makeChart } from "../../src/report/make-chart.js";
import { REPORT_CSP, renderHTML } from "../../src/report/render-html.js";
import { sampleModel } from "../report/sample-model.js";

const LABELS = ["<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "</title><script>"];

describe("51. HTML injection via data", () => {
  it("shows hostile labels as text in the page, its title, the table and the chart", async () => {
    const model = sampleModel();
    const chart = makeChart({
      id: "hostile",
      mark: "bar",
      title: { fr: LABELS[2] as string, en: LABELS[2] as string },
      alt: { fr: "x", en: "x" },
      categoryLabel: { fr: LABELS[1] as string, en: LABELS[1] as string },
      valueLabel: { fr: "n", en: "n" },
      valueFormat: "count",
      points: [
        { category: LABELS[0] as string, value: 40 },
        { category: LABELS[2] as string, value: 3, status: "primary", k: 10 },
      ],
    });
    const section = model.sections[0];
    if (!section) throw new Error("sample model has a section");
    section.charts.push(chart);
    model.title = { fr: LABELS[2] as string, en: LABELS[2] as string };
    const drawn = await drawCharts(model, "en");
    const html = renderHTML(drawn, "en");
    expect(html).not.toMatch(/<img\s+src=x/i);
    expect(html).not.toMatch(/<svg[^>]*onload/i);
    expect(html).not.toMatch(/<\/title><script>/i);
    expect(html).not.toMatch(/<script/i);
    // no event attribute on any tag (attribute names read from every tag, values skipped)
    const names = [
      ...html.matchAll(/<[a-z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/gi),
    ].flatMap((tag) =>
      [...(tag[1] ?? "").matchAll(/\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g)].map((m) => m[1] ?? ""),
    );
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => /^on/i.test(n))).toEqual([]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // I3: the cell of 3 is not in the page (suppressed, shown with its legend)
    const svg = drawn.sections[0]?.charts.find((c) => c.id === "hostile")?.svg?.en;
    expect(svg).toMatch(/^<svg/);
    expect(svg).not.toMatch(/>3</);
    expect(html).toContain(`content="${REPORT_CSP}"`);
  });
});
