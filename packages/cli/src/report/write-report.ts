import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "@solidata/core";
import type { ReportModel } from "./model.js";
import { renderHTML } from "./render-html.js";
import { renderJSON } from "./render-json.js";
import { renderMarkdown } from "./render-markdown.js";

/** The files a report can be written as. */
export type ReportFormat = "html" | "md" | "json";

/**
 * Writes a report into a folder: `report.html`, `report.md`, `report.json` (as asked) and
 * `charts/` with each chart's Vega-Lite spec (`<id>.<lang>.vl.json`) and SVG (`<id>.<lang>.svg`).
 *
 * Why: users open the HTML, paste the Markdown into a wiki, feed the JSON to other tools, and
 * restyle or reuse a chart from its spec. Node only.
 *
 * @param model - a report built by `buildReport`
 * @param outDir - folder to write into (created when missing; existing report files are replaced)
 * @param formats - which of `html`, `md`, `json` to write (charts are written whenever `html` or `md` is)
 * @param lang - language of the HTML and Markdown
 * @returns the paths written, in order
 * @throws Error from the file system when the folder cannot be written
 * @example
 * await writeReport(model, "out", ["html", "json"], "fr") // => ["out/report.html", "out/report.json", …]
 */
export async function writeReport(
  model: ReportModel,
  outDir: string,
  formats: readonly ReportFormat[],
  lang: Lang,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const write = async (name: string, text: string): Promise<void> => {
    const path = join(outDir, name);
    await writeFile(path, text, "utf8");
    written.push(path);
  };
  if (formats.includes("html")) await write("report.html", renderHTML(model, lang));
  if (formats.includes("md")) await write("report.md", renderMarkdown(model, lang));
  if (formats.includes("json")) await write("report.json", renderJSON(model));
  const charts = model.sections.flatMap((s) => s.charts);
  if (charts.length > 0) {
    await mkdir(join(outDir, "charts"), { recursive: true });
    for (const chart of charts) {
      const compact = JSON.stringify(chart.spec[lang]);
      // Indented for reading and restyling, unless it holds geometry (a map): then one line.
      const spec = compact.length < 100_000 ? JSON.stringify(chart.spec[lang], null, 2) : compact;
      await write(join("charts", `${chart.id}.${lang}.vl.json`), `${spec}\n`);
      await write(join("charts", `${chart.id}.${lang}.svg`), chart.svg[lang]);
    }
  }
  return written;
}
