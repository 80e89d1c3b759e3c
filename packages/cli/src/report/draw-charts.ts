import type { Lang } from "@solidata/core";
import { toSVG } from "@solidata/viz";
import type { Chart, ReportModel, Section } from "./model.js";

/**
 * Draws every chart of a report as SVG in one language, from the chart's Vega-Lite spec in that
 * language.
 *
 * Why: `buildReport` keeps the specs only, in both languages: drawing is most of a report's work,
 * and only the language written needs it, only for the HTML (charts inline) and the `charts/`
 * folder beside the HTML or Markdown; `report.json` needs no drawing. `writeReport` calls it; a
 * script calls it before `renderHTML`.
 *
 * @param model - a report built by `buildReport`
 * @param lang - `"fr"` or `"en"`: which spec of each chart is drawn
 * @returns the same report with each chart's `svg[lang]` filled; the model given is not changed,
 * a chart already drawn in `lang` is not drawn again
 * @throws Error "toSVG: needs a valid Vega-Lite spec" when a chart's spec does not compile (a model
 * edited by hand)
 * @example
 * const drawn = await drawCharts(await buildReport(["benevoles.csv"]), "fr");
 * drawn.sections[1]?.charts[0]?.svg?.fr?.startsWith("<svg") // => true
 */
export async function drawCharts(model: ReportModel, lang: Lang): Promise<ReportModel> {
  const sections: Section[] = [];
  for (const section of model.sections) {
    const charts: Chart[] = [];
    // one at a time: a map's drawing holds megabytes, and the work is one thread's either way
    for (const chart of section.charts) {
      if (chart.svg?.[lang] !== undefined) charts.push(chart);
      else charts.push({ ...chart, svg: { ...chart.svg, [lang]: await toSVG(chart.spec[lang] as never) } });
    }
    sections.push({ ...section, charts });
  }
  return { ...model, sections };
}
