import type { Lang } from "@solidata/core";
import { formatNumber, formatPercent, formatPeriod } from "./internal/format.js";
import type { ChartSpec, ColumnKind, TableColumn } from "./types.js";

/** A chart's data as text cells, ready to be written as a table. */
export interface AccessibleTable {
  /** The chart's title. */
  caption: string;
  /** The chart's description (its alternative text). */
  summary: string;
  /** Column headers. */
  header: string[];
  /** Whether each column holds numbers (to align them right). */
  numeric: boolean[];
  /** One array of text cells per row; a suppressed value reads as its label ("< 10"). */
  rows: string[][];
}

function formatCell(value: unknown, kind: ColumnKind, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return kind === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
  }
  if (value instanceof Date) return formatPeriod(value, lang);
  if (kind === "period" || kind === "date") return formatPeriod(value, lang);
  return String(value);
}

function isSpec(input: unknown): input is ChartSpec {
  return (
    typeof input === "object" &&
    input !== null &&
    !Array.isArray(input) &&
    typeof (input as { usermeta?: { solidata?: unknown } }).usermeta?.solidata === "object"
  );
}

/**
 * The data of a chart as a table of text cells (header and rows), in the chart's language:
 * numbers as "1 234,5", fractions as "12,5 %", suppressed values as "< 10".
 *
 * Why: every chart must be readable without seeing it (screen readers, print, copy to a
 * spreadsheet). The cells are plain text: whoever writes them into HTML, Markdown or a terminal
 * escapes them ({@link toHTMLTable} does).
 *
 * @param input - a spec made by a builder of this package, or an array of plain objects (columns from the first row's keys)
 * @param lang - language of the formats; default: the spec's, else `"fr"`
 * @returns caption, summary, header, numeric flags and rows
 * @throws TypeError "toAccessibleTable: needs a spec made by @solidata/viz or an array of objects"
 * @example
 * toAccessibleTable([{ site: "Lyon", hours: 1234.5 }], "fr").rows // => [["Lyon", "1 234,5"]]
 */
export function toAccessibleTable(input: ChartSpec | readonly object[], lang?: Lang): AccessibleTable {
  if (Array.isArray(input)) {
    const language: Lang = lang ?? "fr";
    const first = (input[0] ?? {}) as Record<string, unknown>;
    const keys = Object.keys(first);
    const records = input as Record<string, unknown>[];
    return {
      caption: "",
      summary: "",
      header: keys,
      numeric: keys.map((key) => records.every((row) => row[key] === null || typeof row[key] === "number")),
      rows: records.map((row) => keys.map((key) => formatCell(row[key], "text", language))),
    };
  }
  if (!isSpec(input))
    throw new TypeError("toAccessibleTable: needs a spec made by @solidata/viz or an array of objects");
  const meta = input.usermeta.solidata;
  const language: Lang = lang ?? meta.lang;
  const columns: TableColumn[] = meta.table.columns;
  return {
    caption: meta.title,
    summary: meta.description,
    header: columns.map((column) => column.title),
    numeric: columns.map((column) => column.kind === "number" || column.kind === "percent"),
    rows: meta.table.rows.map((row) =>
      columns.map((column) => {
        const status = column.status === undefined ? "" : row[column.status];
        if (typeof status === "string" && status !== "") return status;
        return formatCell(row[column.key], column.kind, language);
      }),
    ),
  };
}
