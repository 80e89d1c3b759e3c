import type { ReportModel } from "./model.js";

/**
 * Writes a report as report.json: every figure and table with its n, method and suppression
 * status, for machines. Charts keep their title, alt text and data table; their Vega-Lite specs
 * and SVG are left out (they are in `charts/`, and a map's geometry alone weighs megabytes).
 *
 * Explicit rules instead of JSON.stringify's silent `null`: NaN, Infinity and -Infinity are written as
 * the strings `"NaN"`, `"Infinity"`, `"-Infinity"`; -0 as 0; a lone surrogate (half an emoji) as
 * U+FFFD, so the file is always valid UTF-8, and reported: `loneSurrogatesReplaced` gives how many
 * (absent when none); U+2028/U+2029 as `\u2028`/`\u2029`.
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
  // a lone surrogate is not emitted but reported: the count of those replaced is written at the end
  let replaced = 0;
  const replacer = (key: string, value: unknown): unknown => {
    if (typeof value === "string") replaced += value.match(LONE_SURROGATE)?.length ?? 0;
    return explicit(key, value);
  };
  JSON.stringify({ ...model, sections }, replacer);
  const out = replaced === 0 ? { ...model, sections } : { ...model, sections, loneSurrogatesReplaced: replaced };
  // JSON.stringify escapes C0 controls; U+2028/U+2029 are escaped too, for JavaScript readers and embedding
  return `${JSON.stringify(out, explicit, 2).replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"))}\n`;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** JSON.stringify replacer: the explicit rules above (internal). */
function explicit(_key: string, value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (value === Number.POSITIVE_INFINITY) return "Infinity";
    if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
    if (Object.is(value, -0)) return 0;
    return value;
  }
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\ufffd");
  return value;
}
