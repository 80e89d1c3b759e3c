import type { ReportModel } from "./model.js";

/**
 * Writes a report as report.json: every figure and table with its n, method and suppression
 * status, for machines. Charts keep their title, alt text and data table; their Vega-Lite specs
 * and SVG are left out (they are in `charts/`, and a map's geometry alone weighs megabytes).
 *
 * @param model - a report built by `buildReport`
 * @returns pretty-printed JSON text, ending with a newline
 * @example
 * JSON.parse(renderJSON(model)).version // => 1
 */
export function renderJSON(model: ReportModel): string {
  const sections = model.sections.map((section) => ({
    ...section,
    charts: section.charts.map(({ svg: _svg, spec: _spec, ...chart }) => chart),
  }));
  // JSON.stringify escapes C0 controls; U+2028/U+2029 are escaped too, for JavaScript readers and embedding
  return `${JSON.stringify({ ...model, sections }, null, 2).replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"))}\n`;
}
