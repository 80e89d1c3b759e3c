import type { Lang } from "@solidata/core";
import { word } from "../locales/report-words.js";
import { escapeHtml } from "./escape-html.js";
import { formatCell, formatValue } from "./format-value.js";
import { htmlHead } from "./html-head.js";
import { fill, labels } from "./labels.js";
import type { Chart, DataTable, Figure, ReportModel, Section } from "./model.js";
import { prepareSvg } from "./prepare-svg.js";
import { protectionText } from "./protection-text.js";
import { wordIssue } from "./word-issue.js";

/** The Content-Security-Policy of every report: nothing may load or run; inline styles and data: images only. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d7dbe3; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 52rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: .75rem; }
header img { max-height: 4rem; max-width: 12rem; float: right; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; } h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); } h3 { font-size: 1.05rem; }
.meta { color: var(--muted); margin: .1rem 0; }
nav ol { padding-left: 1.2rem; } a { color: var(--accent); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 0; }
.figure { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .75rem; margin: 0; break-inside: avoid; }
.figure dt { font-size: .85rem; color: var(--muted); } .figure dd { margin: .2rem 0 0; font-size: 1.45rem; font-weight: 600; }
.figure .n { font-size: .78rem; color: var(--muted); font-weight: 400; display: block; }
figure.chart { margin: 1.25rem 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .4rem; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .88rem; break-inside: auto; }
caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .25rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.hidden { color: var(--muted); font-style: italic; }
td.code { font-family: ui-monospace, monospace; font-size: .75rem; word-break: break-all; }
.warnings li { margin-bottom: .2rem; }
@page { size: A4; margin: 18mm 15mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { break-after: page; }
  h2 { break-after: avoid; } section { break-before: auto; }
  figure.chart, .figures { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

const numericFormats = new Set(["count", "hours", "euros", "percent", "decimal"]);

function renderFigure(figure: Figure, lang: Lang): string {
  const value = formatCell(figure, figure.format, lang);
  const n = fill(labels.basedOn[lang], {
    n: formatCell(
      { value: figure.n, status: figure.nStatus ?? "ok", ...(figure.k !== undefined ? { k: figure.k } : {}) },
      "count",
      lang,
    ),
  });
  return `<div class="figure" id="figure-${escapeHtml(figure.id)}"><dt>${escapeHtml(figure.label[lang])}</dt><dd data-figure="${escapeHtml(figure.id)}">${escapeHtml(value)}<span class="n">${escapeHtml(n)}</span></dd></div>`;
}

function renderTable(table: DataTable, lang: Lang, caption?: string): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.label[lang])}</th>`).join("");
  const body = table.rows
    .map((row) => {
      const cells = row.map((cell, i) => {
        const column = table.columns[i];
        const format = column?.format ?? "text";
        const classes = [
          numericFormats.has(format) && (cell.value === null || typeof cell.value !== "object") ? "num" : "",
          cell.status && cell.status !== "ok" ? "hidden" : "",
          column?.name === "sha256" ? "code" : "",
        ].filter(Boolean);
        const cls = classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
        return `<td${cls}>${escapeHtml(formatCell(cell, format, lang))}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table id="table-${escapeHtml(table.id)}"><caption>${escapeHtml(caption ?? table.caption[lang])}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function renderChart(chart: Chart, lang: Lang): string {
  const drawn = chart.svg?.[lang];
  if (drawn === undefined)
    throw new Error(`renderHTML: needs the charts drawn in ${lang} (drawCharts): "${chart.id}" is not`);
  const svg = prepareSvg(drawn, chart.alt[lang], `chart-${chart.id}-${lang}`);
  const caption = fill(labels.dataOf[lang], { title: chart.title[lang] });
  return `<figure class="chart" id="chart-${escapeHtml(chart.id)}"><figcaption>${escapeHtml(chart.title[lang])}</figcaption>\n${svg}\n${renderTable(chart.table, lang, caption)}</figure>`;
}

function renderSection(section: Section, lang: Lang, model: ReportModel): string {
  const parts = [
    `<section id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(section.id)}-h"><h2 id="${escapeHtml(section.id)}-h">${escapeHtml(section.title[lang])}</h2>`,
  ];
  for (const p of section.paragraphs) parts.push(`<p>${escapeHtml(p[lang])}</p>`);
  if (section.figures.length > 0)
    parts.push(`<dl class="figures">${section.figures.map((f) => renderFigure(f, lang)).join("")}</dl>`);
  for (const chart of section.charts) parts.push(renderChart(chart, lang));
  for (const table of section.tables) parts.push(renderTable(table, lang));
  if (section.id === "quality" && model.warnings.length > 0) {
    parts.push(`<h3>${escapeHtml(labels.warnings[lang])}</h3><ul class="warnings">`);
    for (const issue of model.warnings) parts.push(`<li>${escapeHtml(wordIssue(issue, lang))}</li>`);
    parts.push("</ul>");
  }
  parts.push("</section>");
  return parts.join("\n");
}

function safeLogo(logo: string | undefined): string {
  if (!logo) return "";
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(logo) ? logo : "";
}

/**
 * Lays out a report as one self-contained HTML page: no script, no network, charts inline as SVG
 * each followed by its data table, a table of contents, an A4 print stylesheet and a strict
 * Content-Security-Policy.
 *
 * Why: the page must open from a file or an e-mail attachment, print well, and be read by
 * screen readers; every text from the data is escaped so a hostile label shows as text.
 *
 * @param model - a report built by `buildReport`, its charts drawn in `lang` by `drawCharts`
 * @param lang - `"fr"` or `"en"`: every word, number and date of the page follows it
 * @returns the HTML document as text
 * @throws Error "renderHTML: needs the charts drawn in <lang> (drawCharts)" when a chart has no SVG in `lang`
 * @example
 * renderHTML(await drawCharts(model, "fr"), "fr").startsWith("<!doctype html>") // => true
 */
export function renderHTML(model: ReportModel, lang: Lang): string {
  const title = model.organisation ? `${model.title[lang]} — ${model.organisation.name}` : model.title[lang];
  const logo = safeLogo(model.organisation?.logo);
  const meta: string[] = [];
  if (model.period) {
    const period = fill(labels.periodRange[lang], {
      from: formatValue(model.period.from, "date", lang),
      to: formatValue(model.period.to, "date", lang),
    });
    meta.push(fill(labels.period[lang], { period }));
  }
  meta.push(fill(labels.generated[lang], { date: formatValue(model.generatedAt, "date", lang) }));
  meta.push(
    fill(labels.privacy[lang], {
      profile: model.privacy.profile,
      k: model.privacy.k,
      label: model.privacy.profile === "public" ? word(lang, "value.suppressed") : `< ${model.privacy.k}`,
    }),
  );
  const toc = model.sections
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title[lang])}</a></li>`)
    .join("");
  return `${htmlHead(lang, title, STYLE, REPORT_CSP)}<header>
${logo ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(model.organisation?.name ?? "")}">` : ""}
<h1>${escapeHtml(model.title[lang])}</h1>
${model.organisation ? `<p class="meta"><strong>${escapeHtml(model.organisation.name)}</strong></p>` : ""}
${meta.map((m) => `<p class="meta">${escapeHtml(m)}</p>`).join("\n")}
<section id="protection" aria-labelledby="protection-h"><h2 id="protection-h">${escapeHtml(labels.protection[lang])}</h2>
${protectionText(model.protection, lang)
  .map((p) => `<p class="meta">${escapeHtml(p)}</p>`)
  .join("\n")}
</section>
</header>
<nav aria-labelledby="toc-h"><h2 id="toc-h">${escapeHtml(labels.contents[lang])}</h2><ol>${toc}</ol></nav>
<main>
${model.sections.map((s) => renderSection(s, lang, model)).join("\n")}
</main>
</body>
</html>
`;
}
