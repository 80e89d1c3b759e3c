import type { LabelReviewRow } from "./label-review-rows.js";

/** The columns of `labels.csv`, in order. */
const LABELS_CSV_COLUMNS = [
  "field",
  "cluster",
  "label",
  "count",
  "proposed",
  "rule",
  "score",
  "merged_by_default",
  "decision",
] as const;

function quote(text: string): string {
  // a cell a spreadsheet would run as a formula is prefixed with an apostrophe
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes the label review as CSV (comma-separated, UTF-8 with BOM so that spreadsheets read the
 * accents): one row per label, with the decision column a person edits.
 *
 * @param rows - from {@link labelReviewRows}
 * @returns the CSV text, CRLF line endings
 * @example
 * labelsCsv([]).split("\r\n")[0] // => "\uFEFFfield,cluster,label,count,proposed,rule,score,merged_by_default,decision"
 */
export function labelsCsv(rows: readonly LabelReviewRow[]): string {
  const lines = [LABELS_CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [
        quote(r.field),
        String(r.cluster),
        quote(r.label),
        String(r.count),
        quote(r.proposed),
        r.rule,
        String(r.score),
        r.confident ? "yes" : "no",
        quote(r.decision),
      ].join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
