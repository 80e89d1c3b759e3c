import type { ColumnTable } from "arquero";
import { CodedColumn } from "./coded-column.js";

/**
 * The values of a table's column in row order, without copying them when the table is neither
 * filtered nor ordered: the column itself, to be read, never written. A column held as dictionary
 * codes ({@link CodedColumn}) comes back as a new array of its values: callers that can work on
 * codes ask {@link readColumnOrCodes}.
 *
 * Why: arquero's `table.array(name)` builds a new array through a callback per row at every call; the
 * indicators read the same columns of a log of millions of rows many times over, and each copy cost
 * as much as the work done with it.
 *
 * @param table - an arquero table
 * @param name - a column of it
 * @returns the column's values (read-only), or a copy in row order when the table is filtered or
 *   ordered or the column is held as codes
 * @throws Error when the table has no column `name`
 * @example
 * readColumn(aq.table({ hours: [2, 3] }), "hours") // => [2, 3]
 */
export function readColumn(table: ColumnTable, name: string): ArrayLike<unknown> {
  const column = table.column(name) as unknown;
  if (column === undefined) throw new Error(`readColumn: no column named ${name}`);
  if (!table.isFiltered() && !table.isOrdered()) {
    if (Array.isArray(column) || ArrayBuffer.isView(column)) return column as ArrayLike<unknown>;
    if (column instanceof CodedColumn) return column.toArray();
  }
  return table.array(name) as ArrayLike<unknown>;
}

/**
 * Like {@link readColumn}, except that a column held as dictionary codes comes back as itself (its
 * codes and dictionary, nothing copied) when the table is neither filtered nor ordered.
 *
 * @param table - an arquero table
 * @param name - a column of it
 * @returns the column as codes, or its values as by `readColumn`
 * @throws Error when the table has no column `name`
 * @example
 * readColumnOrCodes(aq.table({ hours: [2, 3] }), "hours") // => [2, 3]
 */
export function readColumnOrCodes(table: ColumnTable, name: string): ArrayLike<unknown> | CodedColumn {
  const column = table.column(name) as unknown;
  if (column instanceof CodedColumn && !table.isFiltered() && !table.isOrdered()) return column;
  return readColumn(table, name);
}
