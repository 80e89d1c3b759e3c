import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { publicStatus } from "./public-status.js";

/**
 * A protected table as a public output shows it: every `<column>_status` column holds `"ok"` or
 * `"suppressed"` (never the rule), and every cell whose status is not `"ok"` is `null`.
 *
 * Why: the suppression rule of a cell is information about it ("primary" means 1 to k − 1 people;
 * "complementary" means it is not small). Public JSON, CSV, charts and tables all take their rows
 * from here, so there is one label for every hidden cell.
 *
 * @param table - a table protected by `suppressSmallCells` (or any table with `_status` columns)
 * @returns a new table with the same columns
 * @example
 * publicTable(aq.table({ n: [null, 40], n_status: ["primary", "ok"] })).objects()
 * // => [{ n: null, n_status: "suppressed" }, { n: 40, n_status: "ok" }]
 */
export function publicTable(table: ColumnTable): ColumnTable {
  const names = table.columnNames();
  const output: Record<string, unknown[]> = {};
  for (const name of names) output[name] = Array.from(readColumn(table, name));
  for (const name of names) {
    if (!name.endsWith("_status")) continue;
    const statuses = (output[name] as unknown[]).map(publicStatus);
    output[name] = statuses;
    const target = output[name.slice(0, -"_status".length)];
    if (!target) continue;
    for (let i = 0; i < statuses.length; i += 1) if (statuses[i] !== "ok") target[i] = null;
  }
  return makeTable(output, names);
}
