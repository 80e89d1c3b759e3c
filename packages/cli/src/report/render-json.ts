import type { ReportModel } from "./model.js";

/**
 * Writes a report as report.json: every figure and table with its n, method and suppression
 * status, for machines. Charts keep their Vega-Lite specs; their SVG is left out (it is in
 * `charts/`).
 *
 * @param model - a report built by `buildReport`
 * @returns pretty-printed JSON text, ending with a newline
 * @example
 * JSON.parse(renderJSON(model)).version // => 1
 */
export function renderJSON(model: ReportModel): string {
  const sections = model.sections.map((section) => ({
    ...section,
    charts: section.charts.map(({ svg: _svg, ...chart }) => chart),
  }));
  return `${JSON.stringify({ ...model, sections }, null, 2)}\n`;
}
