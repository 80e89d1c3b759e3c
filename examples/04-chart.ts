/**
 * Chart the hours by activity as a Vega-Lite spec and an SVG file (no browser needed).
 * Run: `pnpm exec tsx examples/04-chart.ts [file] [out.svg]`.
 */
import { writeFile } from "node:fs/promises";
import { barChart, toSVG } from "@solidata/viz";
import { main as analyse } from "./03-analyse-volunteers.js";
import { isMain, sample } from "./samples.js";

/** The chart spec and its SVG. */
export interface Chart {
  spec: ReturnType<typeof barChart>;
  svg: string;
}

/** Builds the bar chart of hours by activity; writes the SVG to `out` when given. */
export async function main(file = sample("fr", "benevoles.csv"), out?: string, now = new Date()): Promise<Chart> {
  const { hours } = await analyse(file, now);
  const rows = hours.tables.by_activity!.objects();
  const spec = barChart(rows, {
    x: "activity",
    y: "hours",
    orientation: "horizontal",
    sort: "descending",
    lang: "fr",
    xTitle: "Mission",
    yTitle: "Heures",
  });
  const svg = await toSVG(spec);
  if (out) await writeFile(out, svg);
  return { spec, svg };
}

if (isMain(import.meta.url)) {
  const out = process.argv[3] ?? "hours-by-activity.svg";
  await main(process.argv[2], out);
  console.log(`wrote ${out}`);
}
