import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/**
 * Replaces person identifiers by their canonical identifier, in any table that uses them.
 *
 * Why: once {@link resolvePersonIds} (or a reviewed linkage) says that `B10004` is `B00004`, the
 * register, the visits and the follow-ups must all say so, or a person who registered again counts
 * twice in one file and once in another. Identifiers absent from the mapping, and empty cells, are
 * kept as they are.
 *
 * @param table - any table with the identifier column (others are untouched)
 * @param mapping - identifier → canonical identifier
 * @param column - the identifier column; default `"person_id"`
 * @returns the table with identifiers replaced (the same table when the column is absent or nothing changes), and the cells changed
 * @example
 * applyPersonIds(aq.table({ person_id: ["B10004", "B00007"] }), { B10004: "B00004" }).table.array("person_id")
 * // => ["B00004", "B00007"]
 */
export function applyPersonIds(
  table: ColumnTable,
  mapping: Readonly<Record<string, string>>,
  column = "person_id",
): { table: ColumnTable; cells: number } {
  if (!table.columnNames().includes(column)) return { table, cells: 0 };
  const ids = table.array(column) as ArrayLike<unknown>;
  const out = new Array<unknown>(ids.length);
  let cells = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const to = typeof id === "string" && Object.hasOwn(mapping, id) ? mapping[id] : undefined;
    if (to !== undefined && to !== id) {
      out[i] = to;
      cells++;
    } else out[i] = id;
  }
  return cells === 0 ? { table, cells } : { table: table.assign(aq.table({ [column]: out })), cells };
}
