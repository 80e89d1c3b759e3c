import type { ColumnTable } from "arquero";
import { CsvPipeline } from "./csv-pipeline.js";
import type { IngestOptions, IngestReport, RowFlags } from "./ingest-report.js";

/** A source of bytes: a web `ReadableStream`, a Node readable stream or any async iterable of chunks. */
export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/** Options of {@link scanCSV}. */
export interface ScanOptions extends IngestOptions {
  /** Rows per batch; default 4 096 (small batches are collected young, which keeps memory flat). */
  batchSize?: number;
}

/** What {@link scanCSV} returns: the batches, then the report. */
export interface CsvScan {
  /** Tables of at most `batchSize` rows each, in file order (each with `_line`). */
  batches(): AsyncGenerator<ColumnTable>;
  /** The report, complete once every batch has been read. */
  readonly report: Promise<IngestReport>;
  /**
   * The ingest's flags of the rows of one batch that have some, by `_line` (never capped), as
   * `IngestResult.rowFlags` gives them for a whole file; empty for a table that is not a batch of this scan.
   */
  flagsOf(batch: ColumnTable): RowFlags;
}

/**
 * Reads a CSV stream batch by batch without ever holding the whole table: memory stays bounded
 * whatever the file size. Types are inferred on the first `sampleRows` records.
 *
 * Why: files over 512 MB do not fit in one JavaScript string, and aggregating a huge log needs
 * only one batch at a time.
 *
 * @param source - bytes as a stream or async iterable (encoding detected)
 * @param options - as for `fromCSV`, plus `batchSize`
 * @returns `{ batches(), report }`; iterate `batches()` once
 * @throws IngestError (from the iteration and the report) when the input cannot be read
 * @example
 * const scan = scanCSV(stream);
 * let rows = 0;
 * for await (const batch of scan.batches()) rows += batch.numRows();
 * (await scan.report).rows === rows // => true
 */
export function scanCSV(source: ByteSource, options: ScanOptions = {}): CsvScan {
  let resolve: (report: IngestReport) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const report = new Promise<IngestReport>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  report.catch(() => {});
  const flags = new WeakMap<ColumnTable, RowFlags>();
  async function* batches(): AsyncGenerator<ColumnTable> {
    const ready: ColumnTable[] = [];
    const pipeline = new CsvPipeline(options, {
      size: options.batchSize ?? 4096,
      onBatch: (t, f) => {
        flags.set(t, f);
        ready.push(t);
      },
    });
    try {
      for await (const chunk of iterate(source)) {
        pipeline.pushBytes(chunk);
        while (ready.length > 0) yield ready.shift() as ColumnTable;
      }
      const last = pipeline.end();
      while (ready.length > 0) yield ready.shift() as ColumnTable;
      if (last.table.numRows() > 0) {
        flags.set(last.table, last.rowFlags ?? new Map());
        yield last.table;
      }
      resolve(last.report);
    } catch (error) {
      reject(error);
      throw error;
    }
  }
  return { batches, report, flagsOf: (batch) => flags.get(batch) ?? new Map() };
}

/** Iterates a web stream or an async iterable of byte chunks. */
export async function* iterate(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<Uint8Array>) yield chunk;
    return;
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
