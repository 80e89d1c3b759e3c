import type { Lang } from "@solidata/core";
import { word } from "../locales/report-words.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatCell, formatValue } from "./format-value.js";
import { fill, labels } from "./labels.js";
import type { DataTable, ReportModel } from "./model.js";
import { protectionText } from "./protection-text.js";
import { wordIssue } from "./word-issue.js";

function table(t: DataTable, lang: Lang, caption?: string): string {
  const lines = [`*${escapeMarkdown(caption ?? t.caption[lang])}*`, ""];
  lines.push(`| ${t.columns.map((c) => escapeMarkdown(c.label[lang])).join(" | ")} |`);
  lines.push(`|${t.columns.map((c) => (c.format === "text" || c.format === "date" ? " --- |" : " ---: |")).join("")}`);
  for (const row of t.rows) {
    lines.push(
      `| ${row.map((cell, i) => escapeMarkdown(formatCell(cell, t.columns[i]?.format ?? "text", lang))).join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

/**
 * Lays out a report as Markdown for wikis and e-mails: the same sections, figures and tables as
 * the HTML, with each chart as an image link to `charts/<id>.<lang>.svg` beside the file.
 *
 * Why: many associations publish on a wiki or paste into a mail; Markdown keeps the content
 * readable as plain text. Every text from the data is escaped.
 *
 * @param model - a report built by `buildReport`
 * @param lang - `"fr"` or `"en"`
 * @returns the Markdown text
 * @example
 * renderMarkdown(model, "en").startsWith("# ") // => true
 */
export function renderMarkdown(model: ReportModel, lang: Lang): string {
  const out: string[] = [`# ${escapeMarkdown(model.title[lang])}`, ""];
  if (model.organisation) out.push(`**${escapeMarkdown(model.organisation.name)}**`, "");
  if (model.period) {
    const period = fill(labels.periodRange[lang], {
      from: formatValue(model.period.from, "date", lang),
      to: formatValue(model.period.to, "date", lang),
    });
    out.push(escapeMarkdown(fill(labels.period[lang], { period })), "");
  }
  out.push(escapeMarkdown(fill(labels.generated[lang], { date: formatValue(model.generatedAt, "date", lang) })), "");
  out.push(
    escapeMarkdown(
      fill(labels.privacy[lang], {
        profile: model.privacy.profile,
        k: model.privacy.k,
        label: model.privacy.profile === "public" ? word(lang, "value.suppressed") : `< ${model.privacy.k}`,
      }),
    ),
    "",
  );
  out.push(`**${escapeMarkdown(labels.protection[lang])}**`, "");
  for (const p of protectionText(model.protection, lang)) out.push(escapeMarkdown(p), "");
  out.push(`## ${escapeMarkdown(labels.contents[lang])}`, "");
  model.sections.forEach((s, i) => {
    out.push(`${i + 1}. [${escapeMarkdown(s.title[lang])}](#${s.id})`);
  });
  out.push("");
  for (const section of model.sections) {
    out.push(`<a id="${section.id}"></a>`, "", `## ${escapeMarkdown(section.title[lang])}`, "");
    for (const p of section.paragraphs) out.push(escapeMarkdown(p[lang]), "");
    if (section.figures.length > 0) {
      for (const f of section.figures) {
        const n = fill(labels.basedOn[lang], {
          n: formatCell(
            { value: f.n, status: f.nStatus ?? "ok", ...(f.k !== undefined ? { k: f.k } : {}) },
            "count",
            lang,
          ),
        });
        out.push(
          `- **${escapeMarkdown(f.label[lang])}**${lang === "fr" ? " :" : ":"} ${escapeMarkdown(formatCell(f, f.format, lang))} (${escapeMarkdown(n)})`,
        );
      }
      out.push("");
    }
    for (const chart of section.charts) {
      out.push(`### ${escapeMarkdown(chart.title[lang])}`, "");
      out.push(`![${escapeMarkdown(chart.alt[lang])}](charts/${chart.id}.${lang}.svg)`, "");
      out.push(table(chart.table, lang, fill(labels.dataOf[lang], { title: chart.title[lang] })), "");
    }
    for (const t of section.tables) out.push(table(t, lang), "");
    if (section.id === "quality" && model.warnings.length > 0) {
      out.push(`### ${escapeMarkdown(labels.warnings[lang])}`, "");
      for (const issue of model.warnings) out.push(`- ${escapeMarkdown(wordIssue(issue, lang))}`);
      out.push("");
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
