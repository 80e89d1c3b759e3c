import type { ColumnTable } from "arquero";

/**
 * The values of a table's column in row order, without copying them when the table is neither
 * filtered nor ordered: the column itself, to be read, never written.
 *
 * Why: arquero's `table.array(name)` builds a new array through a callback per row at every call; the
 * indicators read the same columns of a log of millions of rows many times over, and each copy cost
 * as much as the work done with it.
 *
 * @param table - an arquero table
 * @param name - a column of it
 * @returns the column's values (read-only), or a copy in row order when the table is filtered or ordered
 * @throws Error when the table has no column `name`
 * @example
 * readColumn(aq.table({ hours: [2, 3] }), "hours") // => [2, 3]
 */
export function readColumn(table: ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown;
  if (column === undefined) throw new Error(`readColumn: no column named ${name}`);
  if (!table.isFiltered() && !table.isOrdered() && (Array.isArray(column) || ArrayBuffer.isView(column)))
    return column as ArrayLike<unknown>;
  return table.array(name) as ArrayLike<unknown>;
}
