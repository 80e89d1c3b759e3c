import { CsvPipeline } from "./csv-pipeline.js";
import type { IngestOptions, IngestResult } from "./ingest-report.js";
import { type ByteSource, iterate } from "./scan-csv.js";

/**
 * Reads a CSV stream into one arquero table and its report, like `fromCSV`, chunk by chunk:
 * the text is never held whole, so files larger than one JavaScript string (over 512 MB) can be
 * read as long as their columns fit in memory. Use `scanCSV` when they do not.
 *
 * Why: large volunteer logs and registers come as files; reading them as one string fails.
 *
 * @param source - bytes as a web `ReadableStream`, a Node stream or any async iterable of `Uint8Array`
 * @param options - as for `fromCSV`
 * @returns a promise of `{ table, report }`
 * @throws IngestError (rejects) when the input cannot be read
 * @example
 * const { table } = await fromCSVStream(new Blob(["a;b\n1;2\n"]).stream());
 * table.numRows() // => 1
 */
export async function fromCSVStream(source: ByteSource, options: IngestOptions = {}): Promise<IngestResult> {
  const pipeline = new CsvPipeline(options);
  for await (const chunk of iterate(source)) pipeline.pushBytes(chunk);
  return pipeline.end();
}
