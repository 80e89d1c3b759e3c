import { beforeAll, describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import { formatCell } from "../../src/report/format-value.js";
import type { Figure, ReportModel } from "../../src/report/model.js";
import { REPORT_CSP, renderHTML } from "../../src/report/render-html.js";
import { renderJSON } from "../../src/report/render-json.js";
import { drawnSampleModel, HOSTILE, sampleModel } from "./sample-model.js";

/** Names of every attribute of every tag (values skipped, so escaped text that mentions `onerror=` is not an attribute). */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.match(/<[A-Za-z][^<>]*>/g) ?? []) {
    const attributes = tag.replace(/^<[^\s>]+/, "").replace(/\/?>$/, "");
    for (const m of attributes.matchAll(/\s*([^\s=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"']+))?/g))
      if (m[1]) names.push(m[1]);
  }
  return names;
}

let model: ReportModel;
beforeAll(async () => {
  model = await drawnSampleModel();
});

describe("renderHTML", () => {
  it("writes one document in the asked language with a strict CSP and no script", () => {
    for (const lang of ["fr", "en"] as const) {
      const html = renderHTML(model, lang);
      expect(html.startsWith("<!doctype html>\n")).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<link|@import|url\(/i);
      expect(attributeNames(html).filter((name) => /^on/i.test(name))).toEqual([]);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    }
  });

  it("shows hostile labels as text, never as markup", () => {
    const html = renderHTML(model, "en");
    for (const label of HOSTILE) expect(html).not.toContain(label);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("links every section from the table of contents", () => {
    const html = renderHTML(model, "fr");
    expect(html).toContain('<h2 id="toc-h">Sommaire</h2>');
    for (const section of model.sections) {
      expect(html).toContain(`<a href="#${section.id}">${section.title.fr}</a>`);
      expect(html).toContain(`<section id="${section.id}"`);
    }
  });

  it("shows every figure of report.json, formatted in the language", () => {
    const json = JSON.parse(renderJSON(model)) as ReportModel;
    const figures: Figure[] = json.sections.flatMap((s) => s.figures);
    expect(figures.length).toBe(4);
    for (const lang of ["fr", "en"] as const) {
      const html = renderHTML(model, lang);
      for (const f of figures) {
        expect(html).toContain(`<dd data-figure="${f.id}">${formatCell(f, f.format, lang).replace("<", "&lt;")}<span`);
      }
    }
    const fr = renderHTML(model, "fr");
    expect(fr).toContain('<dd data-figure="volunteers.hours">15\u202f678,5<span');
    expect(fr).toContain('<dd data-figure="outcomes.rate">12,5\u00a0%<span');
    expect(fr).toContain('<dd data-figure="beneficiaries.rare">&lt; 10<span');
    expect(renderHTML(model, "en")).toContain('<dd data-figure="volunteers.hours">15,678.5<span');
  });

  it("follows every chart with its alt text and its data table", () => {
    const html = renderHTML(model, "en");
    const charts = html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart).toMatch(/<svg role="img" aria-labelledby="[^"]+-title"/);
      expect(chart.indexOf("<svg")).toBeLessThan(chart.indexOf("<table"));
    }
    expect(charts[0]).toContain(
      '<title id="chart-volunteers-by-site-en-title">Bars: number of volunteers by site</title>',
    );
    expect(charts[0]).toContain('<td class="num hidden">&lt; 10</td>');
    expect(charts[0]).toContain('<td class="num">1,234</td>');
  });

  it("writes the period and dates in the language", () => {
    expect(renderHTML(model, "fr")).toContain("Période : du 1 janvier 2025 au 31 décembre 2025");
    expect(renderHTML(model, "en")).toContain("Period: 1 January 2025 to 31 December 2025");
  });

  it("prints on A4", () => {
    expect(renderHTML(model, "fr")).toMatch(/@page \{ size: A4;/);
  });

  it("embeds a logo only as a data: image", () => {
    const withLogo = { ...model, organisation: { name: "Asso", logo: "data:image/png;base64,iVBORw0KGgo=" } };
    expect(renderHTML(withLogo, "fr")).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="Asso">');
    const remote = { ...model, organisation: { name: "Asso", logo: "https://example.org/logo.png" } };
    expect(renderHTML(remote, "fr")).not.toContain("<img");
  });

  it("refuses a chart not drawn in its language, rather than leave it out", async () => {
    expect(() => renderHTML(sampleModel(), "fr")).toThrow(
      'renderHTML: needs the charts drawn in fr (drawCharts): "volunteers-by-site" is not',
    );
    const french = await drawCharts(sampleModel(), "fr");
    expect(renderHTML(french, "fr")).toContain('<figure class="chart" id="chart-hours-by-month">');
    expect(() => renderHTML(french, "en")).toThrow("renderHTML: needs the charts drawn in en");
  });
});
