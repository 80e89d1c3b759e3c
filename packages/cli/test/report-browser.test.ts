import { readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../src/report/build-report.js";
import { drawCharts } from "../src/report/draw-charts.js";
import type { ReportModel } from "../src/report/model.js";
import { renderHTML } from "../src/report/render-html.js";
import { CHROMIUM, hasChromium, launchChromium, openInChromium } from "./open-in-chromium.js";
import { drawnSampleModel, HOSTILE } from "./report/sample-model.js";

const artifacts = fileURLToPath(new URL("../../../test-artifacts/report-browser/", import.meta.url));

let browser: Browser | undefined;
let model: ReportModel;

beforeAll(async () => {
  model = await drawnSampleModel();
  await mkdir(artifacts, { recursive: true });
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function open(lang: "fr" | "en", html = renderHTML(model, lang), name = `report.${lang}.html`) {
  if (!browser) throw new Error("no browser");
  return openInChromium(browser, artifacts, name, html);
}

describe.skipIf(!hasChromium)("report in a real browser (headless Chromium from /usr/bin/chromium)", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`opens from file:// in ${lang} with no console error, no request, no CSP violation and no dialog`, async () => {
      const { visit, page, url } = await open(lang);
      expect(visit.requests).toEqual([url]);
      expect(visit.consoleMessages).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
      expect(visit.dialogs).toEqual([]);
      const scripts = await page.evaluate(() => document.querySelectorAll("script").length);
      expect(scripts).toBe(0);
      await page.screenshot({ path: join(artifacts, `report.${lang}.png`), fullPage: true });
      await page.close();
    });
  }

  it("would notice a CSP violation (control: a page that breaks its own policy)", async () => {
    const broken = renderHTML(model, "en").replace("<main>", '<main><img src="http://127.0.0.1:9/x.png" alt="">');
    const { visit, page } = await open("en", broken, "control.html");
    expect(visit.consoleMessages.join("\n")).toMatch(/Content Security Policy/);
    await page.close();
  });

  it("shows every chart with a non-zero size, each followed by its table", async () => {
    const { page } = await open("en");
    const charts = await page.locator("figure.chart svg[role=img]").all();
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(30);
      const label = await chart.evaluate((svg) => svg.querySelector("title")?.textContent ?? "");
      expect(label.length).toBeGreaterThan(5);
      const next = await chart.evaluate((svg) => svg.nextElementSibling?.tagName);
      expect(next).toBe("TABLE");
    }
    await page.close();
  });

  it("shows hostile labels literally and runs nothing", async () => {
    const { page, visit } = await open("en");
    // innerText is what a reader sees rendered, which is the point here
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, not the source text
    const text = await page.evaluate(() => document.body.innerText);
    for (const label of HOSTILE) expect(text).toContain(label);
    const title = await page.title();
    expect(title).toContain(HOSTILE[0]);
    const injected = await page.evaluate(() => document.querySelectorAll("img, script, b").length);
    expect(injected).toBe(0);
    expect(visit.dialogs).toEqual([]);
    await page.close();
  });

  it("lays out on A4 when printed", async () => {
    const { page } = await open("fr");
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await writeFile(join(artifacts, "report.fr.pdf"), pdf);
    await page.close();
  });
});

describe.skipIf(!hasChromium)("the demo report in a real browser", () => {
  it("opens a report built from the French samples with no error, no request and every chart visible", async () => {
    const samples = fileURLToPath(new URL("../../../datasets/samples/fr/", import.meta.url));
    const files = readdirSync(samples)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(samples, f));
    const built = await buildReport(files, { lang: "fr", organisation: { name: "Association de démonstration" } });
    const html = renderHTML(await drawCharts(built, "fr"), "fr");
    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    const { visit, page, url } = await open("fr", html, "demo.fr.html");
    expect(visit.requests).toEqual([url]);
    expect(visit.consoleMessages).toEqual([]);
    expect(visit.dialogs).toEqual([]);
    const charts = await page.locator("figure.chart svg[role=img]").all();
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(30);
    }
    await page.screenshot({ path: join(artifacts, "demo.fr.png"), fullPage: true });
    await page.close();
  });
});

describe.skipIf(hasChromium)("report in a real browser", () => {
  it.skip(`needs Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`, () => {});
});
