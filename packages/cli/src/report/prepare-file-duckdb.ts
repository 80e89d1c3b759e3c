import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Issue } from "@solidata/core";
import type { PreparedFile } from "./prepare-file.js";

/** Which engine prepares the files of a report: `auto` takes DuckDB for large CSV files when it is installed. */
export type ReportEngine = "js" | "duckdb" | "auto";

/** Above this size, `--engine auto` prepares a CSV file with DuckDB when `@duckdb/node-api` is installed. */
export const AUTO_DUCKDB_BYTES = 256 * 1024 * 1024;

async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, signal ? { signal } : {})) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Whether the optional DuckDB package can be loaded (internal). */
export async function duckdbInstalled(): Promise<boolean> {
  const { loadDuckDB } = await import("@solidata/core/duckdb");
  return (await loadDuckDB()) !== null;
}

/**
 * Prepares one CSV file of a report with the DuckDB engine when the engine asked for takes it, else
 * says why not (internal). The module is loaded only here, when used.
 *
 * @returns the prepared file, or `null` and the issue to show when the JavaScript engine must read it
 */
export async function prepareFileDuckDB(
  path: string,
  name: string,
  engine: ReportEngine,
  options: { now: Date; vocabularies?: Record<string, Record<string, string[]>>; country?: string },
): Promise<{ file: PreparedFile | null; issue: Issue | null }> {
  if (engine === "js" || !/\.(csv|tsv|txt)$/i.test(name)) return { file: null, issue: null };
  if (engine === "auto" && (await stat(path)).size <= AUTO_DUCKDB_BYTES) return { file: null, issue: null };
  const { prepareWithDuckDB } = await import("@solidata/core/duckdb");
  // the file's digest is read while DuckDB works (JavaScript mostly waits for it then)
  const reading = new AbortController();
  const digest = sha256File(path, reading.signal);
  digest.catch(() => undefined);
  const result = await prepareWithDuckDB(path, {
    name,
    now: options.now,
    ...(options.vocabularies ? { vocabularies: options.vocabularies } : {}),
    ...(options.country ? { country: options.country } : {}),
  });
  if (!result.ok) {
    // the JavaScript engine reads the file and its digest again
    reading.abort();
    if (engine === "auto" && result.issue.code === "duckdb.missing") return { file: null, issue: null };
    return { file: null, issue: { ...result.issue, severity: "warning" } };
  }
  const prepared = result.prepared;
  return {
    file: {
      name,
      sha256: await digest,
      kind: prepared.kind,
      rowsRead: prepared.ingest.rows,
      prepared,
      ingest: prepared.ingest,
      issues: [
        {
          code: result.sampled ? "report.engine_duckdb_sampled" : "report.engine_duckdb",
          severity: "info",
          params: { file: name },
        },
      ],
    },
    issue: null,
  };
}
