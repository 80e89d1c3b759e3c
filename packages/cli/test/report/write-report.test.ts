import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReport } from "../../src/report/write-report.js";
import { sampleModel } from "./sample-model.js";

describe("writeReport", () => {
  it("writes report.json alone without charts: JSON draws nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-write-json-"));
    const written = await writeReport(sampleModel(), dir, ["json"], "fr");
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(["report.json", "manifest.json"]);
    expect(existsSync(join(dir, "charts"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).sections[1].charts).toHaveLength(2);
  });

  it("writes the charts beside the Markdown in its language only, each link to a drawn SVG", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-write-md-"));
    await writeReport(sampleModel(), dir, ["md"], "en");
    expect(readdirSync(join(dir, "charts")).sort()).toEqual([
      "hours-by-month.en.svg",
      "hours-by-month.en.vl.json",
      "volunteers-by-site.en.svg",
      "volunteers-by-site.en.vl.json",
    ]);
    const md = readFileSync(join(dir, "report.md"), "utf8");
    const links = [...md.matchAll(/!\[[^\]]*\]\((charts\/[^)]+\.svg)\)/g)].map((m) => m[1] as string);
    expect(links).toEqual(["charts/volunteers-by-site.en.svg", "charts/hours-by-month.en.svg"]);
    for (const link of links) expect(readFileSync(join(dir, link), "utf8")).toMatch(/^<svg/);
    expect(readFileSync(join(dir, "charts", "hours-by-month.en.svg"), "utf8")).toContain("Hours by month");
    const spec = JSON.parse(readFileSync(join(dir, "charts", "hours-by-month.en.vl.json"), "utf8"));
    expect(spec.title.text ?? spec.title).toContain("Hours by month");
  });

  it("writes the HTML with its charts inline, drawn in its language", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-write-html-"));
    await writeReport(sampleModel(), dir, ["html"], "fr");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html.match(/<figure class="chart"[^>]*>[^<]*<figcaption>[^<]*<\/figcaption>\n<svg /g)).toHaveLength(2);
    expect(readdirSync(join(dir, "charts")).filter((f) => f.endsWith(".svg"))).toEqual([
      "hours-by-month.fr.svg",
      "volunteers-by-site.fr.svg",
    ]);
  });
});
