import { basename } from "node:path";
import type { IngestOptions } from "../ingest/ingest-report.js";
import { loadTable } from "../ingest/node.js";
import { type PreparedTable, type PrepareOptions, prepareTable } from "./prepare-table.js";

/** Options of {@link prepareFile}: how to read the file, and how to prepare it. */
export interface PrepareFileOptions extends PrepareOptions {
  /** Options of the ingest (encoding, delimiter, sheet…); every issue is always kept. */
  ingest?: Omit<IngestOptions, "maxIssuesPerCode">;
}

/**
 * Reads a CSV file or a workbook and prepares it: {@link loadTable} with every issue kept, then
 * {@link prepareTable}. This is what `solidata clean` and `solidata report` do with each file.
 *
 * @param path - a CSV file (.csv, .tsv, .txt) or a workbook (.xlsx, .xls, .ods)
 * @param options - how to read it (`ingest`) and how to prepare it (kind, mapping, recipe…)
 * @returns the prepared table
 * @throws IngestError when the file is missing or cannot be read as data, or is a workbook with several
 *   sheets of data and no `ingest.sheet` (`ingest.sheet_ambiguous`); CleanError when a given mapping or recipe cannot be applied
 * @example
 * const { kind, cleaned } = await prepareFile("datasets/samples/fr/benevoles.csv");
 * kind // => "volunteers"
 */
export async function prepareFile(path: string, options: PrepareFileOptions = {}): Promise<PreparedTable> {
  const { ingest, ...prepare } = options;
  const ingested = await loadTable(path, {
    file: basename(path),
    ...ingest,
    maxIssuesPerCode: Number.POSITIVE_INFINITY,
  });
  return prepareTable(ingested, prepare);
}
