import type { CleanReport } from "../clean/clean-table.js";
import type { IndicatorTable, TableCell } from "./types.js";

/** What the appendix shows of one file. */
export interface FileFacts {
  name: string;
  sha256: string;
  kind: string | null;
  rowsRead: number;
  /** The clean report, when the file was cleaned. */
  report?: CleanReport | null;
}

/**
 * The tables of a report's data quality appendix: files read (rows read, kept, quarantined), rows
 * quarantined by reason, cells changed by field and operation. These count records of the files, not
 * people, and are published exactly: the appendix is where a reader checks that nothing was lost.
 *
 * @param files - the files read, with their clean reports
 * @returns tables `files` (file, kind, rows_read, rows_clean, rows_quarantined, rows_merged, sha256),
 *   `quarantine` (file, reason code, rows), `duplicates` (file, rule, rows merged), `labels` (file, field,
 *   label kept, the variants merged into it with their rows, rows changed) and `changes`
 *   (file, field, operation, cells)
 * @example
 * qualityIndicators([{ name: "a.csv", sha256: "…", kind: "volunteers", rowsRead: 6 }])[0].rows[0][2]
 * // => { value: 6, status: "ok" }
 */
export function qualityIndicators(files: readonly FileFacts[]): IndicatorTable[] {
  // Rows and cells are records of the files, not counts of people: they are published exactly, so that
  // anyone can check that rows read = rows kept + rows quarantined (nothing lost).
  const count = (n: number): TableCell => ({ value: n, status: "ok" });
  const text = (v: string | null): TableCell => ({ value: v, status: "ok" });
  const tables: IndicatorTable[] = [
    {
      id: "files",
      columns: [
        { name: "file", format: "text" },
        { name: "kind", format: "text" },
        { name: "rows_read", format: "count" },
        { name: "rows_clean", format: "count" },
        { name: "rows_quarantined", format: "count" },
        { name: "rows_merged", format: "count" },
        { name: "sha256", format: "text" },
      ],
      rows: files.map((f) => [
        text(f.name),
        text(f.kind),
        count(f.rowsRead),
        count(f.report?.rowsClean ?? 0),
        count(f.report?.rowsQuarantined ?? 0),
        count(f.report?.rowsMerged ?? 0),
        text(f.sha256),
      ]),
    },
    {
      id: "quarantine",
      columns: [
        { name: "file", format: "text" },
        { name: "reason", format: "text" },
        { name: "rows", format: "count" },
      ],
      rows: files.flatMap((f) =>
        Object.entries(f.report?.byCode ?? {})
          .sort()
          .map(([code, n]) => [text(f.name), text(code), count(n)]),
      ),
    },
    {
      id: "duplicates",
      columns: [
        { name: "file", format: "text" },
        { name: "rule", format: "text" },
        { name: "rows", format: "count" },
      ],
      rows: files.flatMap((f) =>
        Object.entries(f.report?.mergedByRule ?? {})
          .filter(([, n]) => n > 0)
          .sort()
          .map(([rule, n]) => [text(f.name), text(rule), count(n)]),
      ),
    },
    {
      id: "labels",
      columns: [
        { name: "file", format: "text" },
        { name: "field", format: "text" },
        { name: "label", format: "text" },
        { name: "variants", format: "text" },
        { name: "rows", format: "count" },
      ],
      rows: files.flatMap((f) =>
        Object.entries(f.report?.merged ?? {}).flatMap(([field, merges]) =>
          merges.map((m) => [
            text(f.name),
            text(field),
            text(m.label),
            text(m.from.map((v) => `${v.value} (${v.count})`).join(" · ")),
            count(m.rows),
          ]),
        ),
      ),
    },
    {
      id: "changes",
      columns: [
        { name: "file", format: "text" },
        { name: "field", format: "text" },
        { name: "operation", format: "text" },
        { name: "cells", format: "count" },
      ],
      rows: files.flatMap((f) =>
        (f.report?.changes ?? [])
          .filter((c) => c.cells > 0)
          .map((c) => [text(f.name), text(c.field), text(c.operation), count(c.cells)]),
      ),
    },
  ];
  return tables;
}
