import type { ColumnTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { cleanTable } from "./clean-table.js";
import type { SchemaName } from "./schemas.js";
import { schemaFields } from "./schemas.js";

/** What {@link validate} returns. */
export interface ValidationResult {
  /** rows that can be used (cells that could not be read emptied, with a warning) */
  valid: ColumnTable;
  /** rows that cannot, with line, column, code, messages in English and French, and original values */
  quarantine: ColumnTable;
  /** quarantined rows by the code of their first problem */
  byCode: Record<string, number>;
  warnings: Issue[];
}

/**
 * Checks each row of a table whose columns already carry canonical names against a schema:
 * required fields present, values readable as their kind, numbers in range, activity dates not
 * in the future. Rows in = valid rows + quarantined rows. Never throws on data problems.
 *
 * @param table - a table with canonical column names (other columns pass through untouched)
 * @param schema - the schema to check against
 * @param options - `now`: "today" for the future-date check
 * @example
 * (await validate(aq.table({ visit_date: [new Date("2024-01-05"), null] }), "visits")).quarantine.numRows() // => 1
 */
export async function validate(
  table: ColumnTable,
  schema: SchemaName,
  options: { now?: Date } = {},
): Promise<ValidationResult> {
  const fields = new Set(schemaFields[schema].map((f) => f.name));
  const mapping: Record<string, string | null> = {};
  for (const name of table.columnNames()) if (name !== "_line") mapping[name] = fields.has(name) ? name : null;
  const result = await cleanTable(table, { schema, mapping, now: options.now });
  return {
    valid: result.clean,
    quarantine: result.quarantine,
    byCode: result.report.byCode,
    warnings: result.report.warnings,
  };
}
