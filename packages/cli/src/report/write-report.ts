import type { Lang } from "@solidata/core";
import type { Io } from "../io.js";
import { openOutputFolder } from "../output/open-output-folder.js";
import { sayPreviousOutput } from "../output/report-output.js";
import { drawCharts } from "./draw-charts.js";
import type { ReportModel } from "./model.js";
import { renderHTML } from "./render-html.js";
import { renderJSON } from "./render-json.js";
import { renderMarkdown } from "./render-markdown.js";

/** The files a report can be written as. */
export type ReportFormat = "html" | "md" | "json";

/**
 * Writes a report into a folder: `report.html`, `report.md`, `report.json` (as asked) and, beside
 * the HTML or the Markdown, `charts/` with each chart's Vega-Lite spec (`<id>.<lang>.vl.json`) and
 * SVG (`<id>.<lang>.svg`).
 *
 * Why: users open the HTML, paste the Markdown into a wiki, feed the JSON to other tools, and
 * restyle or reuse a chart from its spec. The charts are drawn (see `drawCharts`) only in `lang`
 * and only when HTML or Markdown is asked: JSON alone draws nothing. Node only.
 *
 * @param model - a report built by `buildReport`
 * @param outDir - folder to write into (created when missing; existing report files are replaced)
 * @param formats - which of `html`, `md`, `json` to write (charts are written whenever `html` or `md` is)
 * @param lang - language of the HTML and Markdown
 * @param io - optional: where to say what a previous incomplete run left, and the writer to use
 * @returns the paths written, in order (`manifest.json` last: every file goes to a temporary name
 * first and is renamed once all are complete)
 * @throws OutputError naming the path and the reason when a file cannot be written
 * @example
 * await writeReport(model, "out", ["html", "json"], "fr") // => ["out/report.html", "out/report.json", …]
 */
export async function writeReport(
  model: ReportModel,
  outDir: string,
  formats: readonly ReportFormat[],
  lang: Lang,
  io?: Io,
): Promise<string[]> {
  // the pages show the charts (inline, or linked in charts/): drawn in their language only
  const pages = formats.includes("html") || formats.includes("md");
  const drawn = pages ? await drawCharts(model, lang) : model;
  const expect = (["html", "md", "json"] as const).filter((f) => formats.includes(f)).map((f) => `report.${f}`);
  const out = await openOutputFolder(outDir, { command: "report", expect, writer: io?.writer });
  if (io) sayPreviousOutput(out, io, lang);
  const write = async (name: string, text: string): Promise<void> => {
    await out.write(name, text);
  };
  if (formats.includes("html")) await write("report.html", renderHTML(drawn, lang));
  if (formats.includes("md")) await write("report.md", renderMarkdown(drawn, lang));
  if (formats.includes("json")) await write("report.json", renderJSON(model));
  if (pages) {
    for (const chart of drawn.sections.flatMap((s) => s.charts)) {
      const compact = JSON.stringify(chart.spec[lang]);
      // Indented for reading and restyling, unless it holds geometry (a map): then one line.
      const spec = compact.length < 100_000 ? JSON.stringify(chart.spec[lang], null, 2) : compact;
      await write(`charts/${chart.id}.${lang}.vl.json`, `${spec}\n`);
      await write(`charts/${chart.id}.${lang}.svg`, chart.svg?.[lang] ?? "");
    }
  }
  return out.commit();
}
