import type { Lang } from "@solidata/core";
import { escapeXml } from "./escape-xml.js";
import { toAccessibleTable } from "./to-accessible-table.js";
import type { ChartSpec } from "./types.js";

/**
 * The data of a chart as an HTML `<table>` with a caption and column headers, every text
 * escaped.
 *
 * Why: put beside (or instead of) a chart in an HTML report, it gives screen readers and
 * printouts the same numbers; text from the data (labels like `<img onerror=…>`) can never become
 * markup. Numeric cells carry `class="num"` so a stylesheet can align them right.
 *
 * @param input - a spec made by a builder of this package, or an array of plain objects
 * @param lang - language of the formats; default: the spec's, else `"fr"`
 * @returns an HTML fragment (one `<table>` element)
 * @throws TypeError as {@link toAccessibleTable}
 * @example
 * toHTMLTable([{ site: "<b>" }]) // => '<table><thead><tr><th scope="col">site</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>'
 */
export function toHTMLTable(input: ChartSpec | readonly object[], lang?: Lang): string {
  const table = toAccessibleTable(input, lang);
  const caption = table.caption ? `<caption>${escapeXml(table.caption)}</caption>` : "";
  const cell = (text: string, index: number, tag: "td" | "th"): string => {
    const numeric = table.numeric[index] === true ? ' class="num"' : "";
    return tag === "th" ? `<th scope="col"${numeric}>${escapeXml(text)}</th>` : `<td${numeric}>${escapeXml(text)}</td>`;
  };
  const head = `<thead><tr>${table.header.map((text, index) => cell(text, index, "th")).join("")}</tr></thead>`;
  const body = `<tbody>${table.rows.map((row) => `<tr>${row.map((text, index) => cell(text, index, "td")).join("")}</tr>`).join("")}</tbody>`;
  return `<table>${caption}${head}${body}</table>`;
}
