import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { franceMap } from "../src/france-map.js";
import { lineChart } from "../src/line-chart.js";
import { toHTMLTable } from "../src/to-html-table.js";
import { toSVG } from "../src/to-svg.js";

const hostile = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", '" onload="alert(1)'];

describe("text from the data never becomes markup", () => {
  it("escapes labels, series, titles and descriptions in the SVG", async () => {
    const rows = hostile.map((label, i) => ({ site: label, group: label, v: i + 1 }));
    const spec = barChart(rows, {
      x: "site",
      y: "v",
      color: "group",
      title: hostile[1],
      subtitle: hostile[0],
      source: hostile[2],
      xTitle: hostile[0],
    });
    const svg = await toSVG(spec);
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("</script>");
    // No tag gets an event attribute: with quoted values taken out, no attribute name starts with "on".
    const tags = [...svg.matchAll(/<[^>]+>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
    expect(tags.filter((tag) => /\son\w+=/.test(tag))).toEqual([]);
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });

  it("escapes a field name used as an axis title in a line chart", async () => {
    const svg = await toSVG(lineChart([{ period: "2025-01", "<b>x</b>": 3 }], { x: "period", y: "<b>x</b>" }));
    expect(svg).not.toContain("<b>");
  });

  it("escapes everything in the HTML table", () => {
    const rows = hostile.map((label) => ({ departement: "75", n: 12, note: label }));
    const html = toHTMLTable(rows);
    for (const text of hostile) expect(html).not.toContain(text);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    const spec = franceMap([{ departement: "75", n: 12 }], { value: "n", title: hostile[1], valueTitle: hostile[0] });
    const table = toHTMLTable(spec);
    expect(table).not.toContain("<script");
    expect(table).toContain("<caption>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</caption>");
  });
});
