/**
 * Clean a volunteer log: headers mapped to the canonical schema, dates, numbers, postcodes, phones and
 * labels normalised; rows that cannot be used go to the quarantine with a reason, rows written twice are
 * merged into the first and listed.
 * Run: `pnpm exec tsx examples/02-clean.ts [file]`.
 */

import { cleanTable } from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { ColumnTable } from "arquero";
import { isMain, sample } from "./samples.js";

/** The clean table, the quarantine and the counts that must reconcile. */
export interface Cleaned {
  schema: string;
  rowsIn: number;
  clean: ColumnTable;
  quarantine: ColumnTable;
  /** rows merged into an earlier row: line, kept_line, rule */
  duplicates: ColumnTable;
}

/** Loads and cleans `file`; `now` is "today" for the check that activities are not in the future. */
export async function main(file = sample("fr", "benevoles.csv"), now = new Date()): Promise<Cleaned> {
  const { table, report } = await loadTable(file);
  const result = await cleanTable(table, { ingestIssues: report.issues, now });
  const { clean, quarantine, duplicates } = result;
  return { schema: result.schema, rowsIn: table.numRows(), clean, quarantine, duplicates };
}

if (isMain(import.meta.url)) {
  const { schema, rowsIn, clean, quarantine, duplicates } = await main(process.argv[2]);
  console.log(
    `${schema}: ${rowsIn} rows read = ${clean.numRows()} clean + ${quarantine.numRows()} quarantined + ${duplicates.numRows()} merged duplicates`,
  );
  console.log(clean.select("activity_date", "activity", "hours", "site", "departement").slice(0, 5).toMarkdown());
}
