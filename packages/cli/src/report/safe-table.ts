import { type ColumnTable, table as makeTable } from "arquero";
import { hasUnsafeText, safeText } from "./safe-text.js";

/**
 * Passes every text cell and column name of a table through {@link safeText}, and counts the cells
 * changed (internal to the report).
 *
 * Why: the report computes figures, tables and charts from the clean table; making its text safe
 * once, before anything is drawn, keeps every output (HTML, Markdown, SVG, JSON) valid and
 * consistent, and gives the count the appendix shows. Rows and counts are unchanged.
 *
 * @param table - a clean table
 * @returns the table (the same object when nothing changed) and how many cells were changed
 * @example
 * safeTable(aq.table({ service: ["Food\u2028parcel"] })).changed // => 1
 */
export function safeTable(table: ColumnTable): { table: ColumnTable; changed: number } {
  let changed = 0;
  const columns: Record<string, unknown[]> = {};
  const names = table.columnNames();
  let renamed = false;
  for (const name of names) {
    const values = Array.from(table.array(name) as ArrayLike<unknown>);
    let touched = false;
    for (let i = 0; i < values.length; i += 1) {
      const v = values[i];
      if (typeof v === "string" && hasUnsafeText(v)) {
        values[i] = safeText(v);
        changed += 1;
        touched = true;
      }
    }
    const safeName = hasUnsafeText(name) ? safeText(name) : name;
    if (safeName !== name) renamed = true;
    columns[safeName] = touched ? values : (table.array(name) as unknown as unknown[]);
  }
  if (changed === 0 && !renamed) return { table, changed: 0 };
  return {
    table: makeTable(
      columns,
      names.map((n) => (hasUnsafeText(n) ? safeText(n) : n)),
    ),
    changed,
  };
}
