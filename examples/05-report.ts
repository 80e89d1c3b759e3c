/**
 * The impact report from a script: the same as `solidata report`, for an association's files (here
 * the samples: volunteer log, beneficiary register, visits, follow-up survey, local groups), written
 * as a self-contained HTML page. Run: `pnpm exec tsx examples/05-report.ts [out.html]`.
 */
import { writeFile } from "node:fs/promises";
import { buildReport, drawCharts, type ReportModel, renderHTML } from "@solidata/cli";
import { isMain, sample } from "./samples.js";

/** The sample files of the fictional association, in French. */
export const SAMPLE_FILES = ["benevoles.csv", "beneficiaires.csv", "passages.csv", "suivi.csv", "groupes.csv"].map(
  (f) => sample("fr", f),
);

/** The report model and its HTML. */
export interface Report {
  model: ReportModel;
  html: string;
}

/** Builds the report of `files` (default: the samples); writes the HTML to `out` when given. */
export async function main(files: string[] = SAMPLE_FILES, out?: string, now = new Date()): Promise<Report> {
  const model = await buildReport(files, { lang: "fr", organisation: { name: "Entraide Solidaire" } }, { now });
  // the charts are drawn in the language of the page only
  const html = renderHTML(await drawCharts(model, "fr"), "fr");
  if (out) await writeFile(out, html);
  return { model, html };
}

if (isMain(import.meta.url)) {
  const out = process.argv[2] ?? "rapport.html";
  const { model } = await main(undefined, out);
  console.log(`wrote ${out}: ${model.sections.map((s) => s.id).join(", ")}`);
}
