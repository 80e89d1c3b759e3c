import { formatMessage, type IngestReport, isMessageCode, type Lang, type MessageCode } from "@solidata/core";
import { barChart, histogramChart, toSVG } from "@solidata/viz";
import { type CliCode, t } from "../messages.js";
import { escapeHtml } from "../report/escape-html.js";
import { htmlHead } from "../report/html-head.js";
import { prepareSvg } from "../report/prepare-svg.js";
import { REPORT_CSP } from "../report/render-html.js";
import type { ColumnProfile } from "./profile-columns.js";

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d7dbe3; --accent: #1f5fa8; --warn: #8a4b00; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; padding-bottom: .5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
.meta { color: var(--muted); margin: .1rem 0; } a { color: var(--accent); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
ul.alerts { padding-left: 1.2rem; color: var(--warn); } .none { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .88rem; min-width: 20rem; }
th, td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; display: block; }
nav ol { columns: 2; padding-left: 1.4rem; }
`;

/** The words of each problem the ingest counts, for the page's table of problems. */
const ISSUE_WORDS: Partial<Record<MessageCode, CliCode>> = {
  "ingest.ragged_row": "inspect.html.issue.ragged_row",
  "ingest.empty_header": "inspect.html.issue.empty_header",
  "ingest.duplicate_header": "inspect.html.issue.duplicate_header",
  "ingest.header_cleaned": "inspect.html.issue.header_cleaned",
  "ingest.line_above_header": "inspect.html.issue.line_above_header",
  "ingest.value_not_parsed": "inspect.html.issue.value_not_parsed",
  "ingest.reserved_header": "inspect.html.issue.reserved_header",
  "ingest.null_markers": "inspect.html.issue.null_markers",
  "ingest.error_cell": "inspect.html.issue.error_cell",
  "ingest.mojibake": "inspect.html.issue.mojibake",
  "ingest.encoding_repaired": "inspect.html.issue.encoding_repaired",
  "ingest.undecodable_byte": "inspect.html.issue.undecodable_byte",
  "ingest.stray_quote": "inspect.html.issue.stray_quote",
  "ingest.nul_byte": "inspect.html.issue.nul_byte",
};

/** A counted problem in words; its code is a key of the report's counts (plain data), so it is checked first. */
function issueWords(code: string, lang: Lang): string {
  return t(lang, (isMessageCode(code) ? ISSUE_WORDS[code] : undefined) ?? "inspect.html.issue.other");
}

/**
 * The offline profile page of `inspect --html`: per column its type and why, missing and distinct
 * counts, the frequent values (never for a personal column, never below k), a histogram or a date
 * histogram drawn as inline SVG, and alerts; then the problems found while reading, in words (the code in a title).
 *
 * Why: a page to read a file before cleaning it, the way ydata-profiling users expect, that can be
 * mailed without leaking names: no script, nothing loaded (the report's Content-Security-Policy).
 *
 * @param report - the ingest report of the file
 * @param profiles - what `profileColumns` found
 * @param lang - the language of the page
 * @param k - the smallest count shown
 * @returns the HTML document
 * @throws errors of the chart builders for impossible inputs (none for what `profileColumns` returns)
 * @example
 * (await renderProfileHtml(report, profileColumns(table, report, 10), "fr", 10)).startsWith("<!doctype html>") // => true
 */
export async function renderProfileHtml(
  report: IngestReport,
  profiles: readonly ColumnProfile[],
  lang: Lang,
  k: number,
): Promise<string> {
  const number = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB");
  const n = (x: number): string => number.format(x);
  const percent = (part: number, whole: number): string =>
    whole === 0
      ? ""
      : ` (${new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(part / whole)})`;
  const file = report.file ?? "";
  const title = t(lang, "inspect.html.title", { file });
  const sections: string[] = [];
  for (const [index, profile] of profiles.entries()) {
    const c = profile.column;
    const id = `col-${index + 1}`;
    const facts = [
      [
        t(lang, "inspect.html.type"),
        `${t(lang, `inspect.type.${c.type}`)} — ${formatMessage(c.reason, lang, c.reasonParams)}`,
      ],
      [t(lang, "inspect.html.missing"), `${n(c.missing)}${percent(c.missing, profile.rows)}`],
      [t(lang, "inspect.html.distinct"), c.distinctCapped ? `≥ ${n(c.distinct)}` : n(c.distinct)],
    ];
    if (c.hxl) facts.push(["HXL", c.hxl]);
    const alerts =
      profile.alerts.length === 0
        ? `<p class="none">${escapeHtml(t(lang, "inspect.html.no_alert"))}</p>`
        : `<ul class="alerts">${profile.alerts
            .map(
              (a) =>
                `<li data-alert="${a.code}">${escapeHtml(t(lang, `inspect.html.alert.${a.code}`, { count: n(a.count) }))}</li>`,
            )
            .join("")}</ul>`;
    let values: string;
    if (profile.personal)
      values = `<p class="none" data-personal="true">${escapeHtml(t(lang, "inspect.html.personal"))}</p>`;
    else if (profile.top.length === 0)
      values = `<p class="none">${escapeHtml(t(lang, "inspect.html.nothing_frequent", { k }))}</p>`;
    else {
      const rows = profile.top
        .map((v) => `<tr><td>${escapeHtml(v.value)}</td><td class="num">${escapeHtml(n(v.count))}</td></tr>`)
        .join("");
      const other =
        profile.otherValues > 0
          ? `<p class="meta">${escapeHtml(t(lang, "inspect.html.other_values", { count: n(profile.otherValues), k }))}</p>`
          : "";
      values = `<table><caption>${escapeHtml(t(lang, "inspect.html.top_values"))}</caption><thead><tr><th scope="col">${escapeHtml(t(lang, "inspect.html.value"))}</th><th scope="col">${escapeHtml(t(lang, "inspect.html.count"))}</th></tr></thead><tbody>${rows}</tbody></table>${other}`;
    }
    const chart = await columnChart(profile, lang, k, id);
    sections.push(`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${escapeHtml(c.name)}</h2>
<dl class="facts">${facts.map(([dt, dd]) => `<dt>${escapeHtml(dt ?? "")}</dt><dd>${escapeHtml(dd ?? "")}</dd>`).join("")}</dl>
<h3>${escapeHtml(t(lang, "inspect.html.alerts"))}</h3>
${alerts}
${values}
${chart}
</section>`);
  }
  const issues = Object.entries(report.issueCounts).filter(([, count]) => count > 0);
  const issueList =
    issues.length === 0
      ? `<p class="none">${escapeHtml(t(lang, "inspect.html.no_issue"))}</p>`
      : `<table><thead><tr><th scope="col">${escapeHtml(t(lang, "inspect.html.issue"))}</th><th scope="col">${escapeHtml(t(lang, "inspect.html.count"))}</th></tr></thead><tbody>${issues
          .map(
            ([code, count]) =>
              `<tr><td data-code="${escapeHtml(code)}" title="${escapeHtml(code)}">${escapeHtml(issueWords(code, lang))}</td><td class="num">${escapeHtml(n(count))}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  const toc = profiles.map((p, i) => `<li><a href="#col-${i + 1}">${escapeHtml(p.column.name)}</a></li>`).join("");
  const summary = t(lang, "inspect.summary.rows", {
    rows: n(report.rows),
    columns: report.columns.length,
    headerLine: report.headerLine,
    bytes: n(report.bytes),
  });
  return `${htmlHead(lang, title, STYLE, REPORT_CSP)}<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(summary)}</p>
<p class="meta">${escapeHtml(t(lang, "inspect.html.privacy", { k }))}</p>
</header>
<nav aria-labelledby="toc-h"><h2 id="toc-h">${escapeHtml(t(lang, "inspect.html.columns"))}</h2><ol>${toc}</ol></nav>
<main>
${sections.join("\n")}
<section id="issues" aria-labelledby="issues-h"><h2 id="issues-h">${escapeHtml(t(lang, "inspect.html.issues"))}</h2>
${issueList}
</section>
</main>
</body>
</html>
`;
}

/** The histogram of a numeric column or the cells per month of a date column, as inline SVG; empty otherwise. */
async function columnChart(profile: ColumnProfile, lang: Lang, k: number, id: string): Promise<string> {
  const name = profile.column.name;
  let spec: Parameters<typeof toSVG>[0] | null = null;
  if (profile.numbers !== null) {
    spec = histogramChart(
      profile.numbers.map((value) => ({ value })),
      { field: "value", k, lang, xTitle: name, title: t(lang, "inspect.html.histogram", { column: name }) },
    );
  } else if (profile.months !== null) {
    const rows = profile.months.map(({ month, count }) => ({
      month,
      count: count < k ? null : count,
      count_status: count < k ? "primary" : "ok",
    }));
    spec = barChart(rows, {
      x: "month",
      y: "count",
      k,
      lang,
      xTitle: t(lang, "inspect.html.month"),
      yTitle: t(lang, "inspect.html.count"),
      title: t(lang, "inspect.html.date_histogram", { column: name }),
    });
  }
  if (spec === null) return "";
  const svg = await toSVG(spec);
  const alt = typeof spec.description === "string" ? spec.description : name;
  return `<figure class="chart">${prepareSvg(svg, alt, `${id}-chart`)}</figure>`;
}
