import type { Lang } from "@solidata/core";
import { t } from "../messages.js";
import { escapeHtml } from "../report/escape-html.js";
import type { LabelReviewRow } from "./label-review-rows.js";

const CSS = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2430}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}p.note{color:#4a5565}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d8dde5;padding:.45rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
ul{margin:0;padding-left:1.1rem}li span.c{color:#4a5565}li span.r{color:#6b7280;font-size:.85em}
.yes{color:#136c2e;font-weight:600}.no{color:#9a5b00;font-weight:600}code{background:#f2f4f7;padding:0 .25rem}`;

/**
 * The label review as one offline HTML page that reads like OpenRefine's cluster dialog: per field,
 * one line per cluster with its values and their rows, whether it is merged by default, the new
 * label and the rule. No script, inline CSS, every text escaped.
 *
 * @param rows - from {@link labelReviewRows}
 * @param options - language, the file reviewed, the name of the CSV to edit, the fields' names to show
 * @returns the HTML page
 * @example
 * renderLabelsHtml([], { lang: "en", file: "a.csv", csv: "labels.csv" }).startsWith("<!doctype html>") // => true
 */
export function renderLabelsHtml(
  rows: readonly LabelReviewRow[],
  options: { lang: Lang; file: string; csv: string; fieldLabels?: Readonly<Record<string, string>> },
): string {
  const { lang } = options;
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${e(t(lang, "labels.html.title", { file: options.file }))}</title><style>${CSS}</style></head><body>`,
    `<h1>${e(t(lang, "labels.html.title", { file: options.file }))}</h1>`,
    `<p class="note">${e(t(lang, "labels.html.intro", { csv: options.csv, file: options.file }))}</p>`,
  );
  if (rows.length === 0) parts.push(`<p>${e(t(lang, "labels.html.none"))}</p>`);
  const fields = [...new Set(rows.map((r) => r.field))];
  for (const field of fields) {
    const shown = options.fieldLabels?.[field];
    parts.push(`<h2>${e(shown ? `${shown} (${field})` : field)}</h2><table><thead><tr>`);
    for (const key of ["merge", "values", "new", "rule", "rows"] as const)
      parts.push(`<th scope="col">${e(t(lang, `labels.html.col.${key}`))}</th>`);
    parts.push("</tr></thead><tbody>");
    const clusters = new Map<number, LabelReviewRow[]>();
    for (const r of rows) {
      if (r.field !== field) continue;
      const list = clusters.get(r.cluster);
      if (list) list.push(r);
      else clusters.set(r.cluster, [r]);
    }
    for (const list of clusters.values()) {
      const first = list[0] as LabelReviewRow;
      const total = list.reduce((s, r) => s + r.count, 0);
      const values = list
        .map(
          (r) =>
            `<li>${e(r.label)} <span class="c">(${r.count})</span>${
              r.rule === "same" ? "" : ` <span class="r">${e(t(lang, `labels.rule.${r.rule}`))} ${r.score}</span>`
            }</li>`,
        )
        .join("");
      const weakest = list.filter((r) => r.rule !== "same").sort((a, b) => a.score - b.score)[0];
      parts.push(
        "<tr>",
        `<td class="${first.confident ? "yes" : "no"}">${e(t(lang, first.confident ? "labels.html.merged" : "labels.html.review"))}</td>`,
        `<td><ul>${values}</ul></td>`,
        `<td>${e(first.proposed)}</td>`,
        `<td>${weakest ? `${e(t(lang, `labels.rule.${weakest.rule}`))} (${weakest.score})` : ""}</td>`,
        `<td class="n">${total}</td>`,
        "</tr>",
      );
    }
    parts.push("</tbody></table>");
  }
  parts.push(`<p class="note">${e(t(lang, "labels.html.how", { csv: options.csv, file: options.file }))}</p>`);
  parts.push("</body></html>\n");
  return parts.join("");
}
