import type { Issue } from "../messages/issue.js";
import { fromCSV } from "./from-csv.js";
import { IngestError } from "./ingest-error.js";
import type { IngestOptions, IngestResult } from "./ingest-report.js";

/** The outcome of {@link safeFromCSV}. */
export type SafeIngestResult = { ok: true; value: IngestResult } | { ok: false; issues: Issue[] };

/**
 * Like {@link fromCSV} but returns the problem instead of throwing when the input cannot be read.
 *
 * Why: notebooks and batch scripts often prefer a value to test over a try/catch.
 *
 * @param input - CSV text or bytes
 * @param options - as for {@link fromCSV}
 * @returns `{ ok: true, value: { table, report } }` or `{ ok: false, issues }`
 * @throws only on a programming error (a bad option), never on bad data
 * @example
 * safeFromCSV("").ok // => false
 */
export function safeFromCSV(input: string | Uint8Array, options: IngestOptions = {}): SafeIngestResult {
  try {
    return { ok: true, value: fromCSV(input, options) };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, issues: [error.issue] };
    throw error;
  }
}
