/**
 * Load a messy export and see what solidata understood: encoding, delimiter, header line, the type of
 * each column and how many cells are missing. Run: `pnpm exec tsx examples/01-load-and-inspect.ts [file]`.
 */
import { loadTable } from "@solidata/core/node";
import { isMain, sample } from "./samples.js";

/** What the inspection found. */
export interface Inspection {
  rows: number;
  encoding: string | null;
  delimiter: string | null;
  headerLine: number;
  columns: { name: string; type: string; missing: number }[];
  /** First rows as plain objects (for a look; do not print personal data in shared outputs). */
  head: Record<string, unknown>[];
}

/** Loads `file` and returns what the ingest decided. */
export async function main(file = sample("fr", "benevoles.csv")): Promise<Inspection> {
  const { table, report } = await loadTable(file);
  return {
    rows: table.numRows(),
    encoding: report.encoding,
    delimiter: report.delimiter,
    headerLine: report.headerLine,
    columns: report.columns.map((c) => ({ name: c.name, type: c.type, missing: c.missing })),
    head: table.slice(0, 3).objects() as Record<string, unknown>[],
  };
}

if (isMain(import.meta.url)) {
  const result = await main(process.argv[2]);
  console.log(
    `${result.rows} rows, ${result.encoding}, delimiter "${result.delimiter}", header on line ${result.headerLine}`,
  );
  console.table(result.columns);
}
