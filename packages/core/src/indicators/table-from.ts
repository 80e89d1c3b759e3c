import type { ColumnTable } from "arquero";
import { cellOf, textCell } from "./shared.js";
import type { IndicatorTable, TableCell, ValueFormat } from "./types.js";

/** One column of a published table, read from a protected result table (internal). */
type ColumnSpec =
  | { name: string; from?: string; format: Exclude<ValueFormat, "text"> }
  | { name: string; from?: string; format: "text" }
  | { name: string; interval: [string, string]; format?: "decimal" | "percent" };

/** An interval cell from two protected columns: hidden when either bound is (internal). */
function intervalCell(row: Record<string, unknown>, low: string, high: string): TableCell {
  const a = cellOf(row, low);
  const b = cellOf(row, high);
  if (a.status !== "ok") return a;
  if (b.status !== "ok") return b;
  if (typeof a.value !== "number" || typeof b.value !== "number") return { value: null, status: "ok" };
  return { value: [a.value, b.value], status: "ok" };
}

/** A published table from the rows of a protected result table and a list of columns (internal). */
export function tableFrom(id: string, table: ColumnTable | undefined, columns: readonly ColumnSpec[]): IndicatorTable {
  const rows = (table?.objects() ?? []) as Record<string, unknown>[];
  return {
    id,
    columns: columns.map((c) => ({
      name: c.name,
      format: "interval" in c ? (c.format ?? "decimal") : c.format,
      ...("interval" in c ? { interval: true } : {}),
    })),
    rows: rows.map((row) =>
      columns.map((c) => {
        if ("interval" in c) return intervalCell(row, c.interval[0], c.interval[1]);
        const from = c.from ?? c.name;
        return c.format === "text" ? textCell(row[from]) : cellOf(row, from);
      }),
    ),
  };
}
