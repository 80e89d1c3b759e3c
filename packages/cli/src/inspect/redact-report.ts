import { type IngestReport, isFreeTextColumn } from "@solidata/core";
import type { ColumnTable } from "arquero";

/**
 * The ingest report as `inspect` may show it: the file's base name only (never the folder, which
 * names the person who saved it: `C:\Users\marie.dupont\…`), no example of a free-text column
 * (notes, comments: see core's `isFreeTextColumn`), and, when `sheets` is `"position"`, worksheet
 * names replaced by their position (`#2`), since a sheet is often named after a person.
 *
 * @param report - the report core's reader returned
 * @param table - the table read (its values tell free text from categories)
 * @param sheets - `"name"` keeps the worksheet names (the terminal, where `--sheet` needs them), `"position"` redacts them (files that may be shared)
 * @returns a copy; the input is untouched
 * @example
 * redactReport({ ...report, file: "/home/marie.dupont/b.xlsx" }, table, "position").file // => "b.xlsx"
 */
export function redactReport(report: IngestReport, table: ColumnTable, sheets: "name" | "position"): IngestReport {
  const names = new Set(table.columnNames());
  const position = (name: string | null): string | null => {
    if (name === null) return null;
    const at = (report.sheets ?? []).findIndex((s) => s.name === name);
    return `#${at < 0 ? 1 : at + 1}`;
  };
  const out: IngestReport = {
    ...report,
    file: report.file === null ? null : (report.file.split(/[\\/]/).pop() ?? ""),
    columns: report.columns.map((c) =>
      isFreeTextColumn(
        c.header ?? c.name,
        names.has(c.name) ? (table.array(c.name) as ArrayLike<unknown>) : undefined,
      ) || isFreeTextColumn(c.name)
        ? { ...c, examples: [] }
        : c,
    ),
  };
  if (sheets === "position") {
    out.sheet = position(report.sheet);
    if (report.sheets !== undefined) out.sheets = report.sheets.map((s, i) => ({ name: `#${i + 1}`, rows: s.rows }));
  }
  return out;
}
