import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type IngestOptions, type IngestResult, scanCSV } from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { ColumnTable } from "arquero";

/** CSV files larger than this are streamed: bounded memory, the kind told from the first rows. */
export const STREAM_ABOVE_BYTES = 64 * 1024 * 1024;

/** Rows kept to tell the kind of a streamed file and show its examples. */
export const STREAM_SAMPLE_ROWS = 50_000;

/**
 * Reads a file for `inspect`: workbooks and CSV files up to {@link STREAM_ABOVE_BYTES} whole, larger
 * CSV files streamed batch by batch (core's `scanCSV`), keeping only the first
 * {@link STREAM_SAMPLE_ROWS} rows; the report (rows, columns, issues) covers the whole file.
 *
 * Why: a 1 GiB export killed `inspect` under a 256 MB heap; the report needs every row counted,
 * not every row held.
 *
 * @param path - the file
 * @param options - ingest options (file name, sheet)
 * @param streamAbove - size from which CSV files are streamed (tests lower it)
 * @returns the table (the whole file, or its first rows when streamed) and the report of the whole file
 * @throws IngestError as `loadTable` does
 * @example
 * (await loadForInspect("visits.csv", { file: "visits.csv" })).report.rows // => 3000
 */
export async function loadForInspect(
  path: string,
  options: IngestOptions & { sheet?: string },
  streamAbove = STREAM_ABOVE_BYTES,
): Promise<IngestResult & { streamed: boolean }> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size <= streamAbove || /\.(xlsx|xlsm|xls|ods)$/i.test(path)) {
    return { ...(await loadTable(path, options)), streamed: false };
  }
  const scan = scanCSV(createReadStream(path, { highWaterMark: 1 << 20 }), options);
  const kept: ColumnTable[] = [];
  let rows = 0;
  for await (const batch of scan.batches()) {
    if (rows < STREAM_SAMPLE_ROWS) {
      kept.push(batch);
      rows += batch.numRows();
    }
  }
  const report = await scan.report;
  const [first, ...rest] = kept;
  if (!first) return { ...(await loadTable(path, options)), streamed: false };
  return { table: rest.length > 0 ? first.concat(...rest) : first, report, streamed: true };
}
