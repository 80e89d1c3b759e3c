// Catalogue entry 53: CSP and Vega hardening. Choice: the report runs no script at all (charts are
// SVG rendered at build time), so its CSP is `default-src 'none'` (no script-src, hence no
// unsafe-eval or unsafe-inline for scripts, and no connection); no remote URL in any src or href.
// The browser run is packages/cli/test/report-browser.test.ts (headless Chromium from /usr/bin/chromium:
// no console error, no CSP violation, a control page that breaks the policy is caught); Firefox is not
// installed on these machines, so the report is not opened in it. I3: the sample's small cell is not shown.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import { REPORT_CSP, renderHTML } from "../../src/report/render-html.js";
import { sampleModel } from "../report/sample-model.js";

describe("53. CSP and Vega hardening", () => {
  it("forbids every script and connection, and links nothing remote", async () => {
    expect(REPORT_CSP).toMatch(/default-src 'none'/);
    expect(REPORT_CSP).not.toMatch(/unsafe-eval|script-src/);
    const html = renderHTML(await drawCharts(sampleModel(), "fr"), "fr");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    const urls = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? "");
    expect(urls.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  it("has charts with marks: every chart's SVG draws at least one mark with a shape", async () => {
    const html = renderHTML(await drawCharts(sampleModel(), "en"), "en");
    const charts = [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const marks = [...chart.matchAll(/<g class="mark-(\w+) role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)];
      const drawn = marks.filter(([, , body]) => /<path [^>]*d="M[^"]+"/.test(body ?? ""));
      expect(drawn.length, chart.slice(0, 80)).toBeGreaterThan(0);
    }
  });

  it("pins vega at 6.2.0 or later (CVE-2025-59840 fixed)", () => {
    const pkg = JSON.parse(
      readFileSync(fileURLToPath(new URL("../../../viz/package.json", import.meta.url)), "utf8"),
    ) as { dependencies: Record<string, string> };
    const vega = pkg.dependencies.vega ?? "";
    const [major, minor] = vega
      .replace(/^[^\d]*/, "")
      .split(".")
      .map(Number);
    expect((major ?? 0) > 6 || ((major ?? 0) === 6 && (minor ?? 0) >= 2)).toBe(true);
  });
});
