import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import {
  fromCSV,
  IngestError,
  type IngestReport,
  type PreparedTable,
  prepareTable,
  SolidataError,
  type TextEncoding,
} from "@solidata/core";
import { loadCSV, loadTable } from "@solidata/core/node";
import type { FileKind } from "../config/report-config.js";
import type { CliIssue } from "../messages.js";
import { safeTable } from "./safe-table.js";

/** One input of a report: a file's name and bytes, and what the configuration says about it. */
export interface ReportInput {
  /** File name as shown in the appendix (a path's last part is enough). */
  name: string;
  bytes: Uint8Array;
  /** What the file holds; detected from its column names when absent. */
  kind?: FileKind;
  /** Column of the file → canonical field, over the automatic mapping. */
  mapping?: Record<string, string>;
  /** Where the file is on disk: needed to read a workbook (.xlsx, .xls, .ods). */
  path?: string;
  /** Worksheet of a workbook (the first when absent). */
  sheet?: string;
  /** Text encoding of a CSV file, instead of the detected one. */
  encoding?: TextEncoding;
  /** Country of the file's places when it has no country column (ISO code, e.g. "BE"); French by default. */
  country?: string;
}

/** A report input whose bytes may be absent: then the file at `path` is read as a stream, never whole (internal). */
export type FileInput = Omit<ReportInput, "bytes"> & { bytes?: Uint8Array };

/** A file read and prepared by core's pipeline, with what the appendix shows of it (internal). */
export interface PreparedFile {
  name: string;
  sha256: string;
  kind: FileKind | null;
  rowsRead: number;
  /** The file's SHA-256 digest as bytes: it stands for the file's bytes to find a file given twice. */
  bytes?: Uint8Array;
  prepared: PreparedTable | null;
  ingest: IngestReport | null;
  issues: CliIssue[];
}

/** The SHA-256 of a file, read as a stream (internal). */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>)
      hash.update(chunk);
  } catch {
    return "";
  }
  return hash.digest("hex");
}

/** A hex digest as bytes: it stands for a file's bytes when looking for a file given twice (internal). */
function digestBytes(hex: string): Uint8Array | undefined {
  return hex === "" ? undefined : new Uint8Array(Buffer.from(hex, "hex"));
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one file and prepares it with core's pipeline; problems become issues so the report goes on (internal). */
export async function prepareFile(
  input: FileInput,
  now: Date,
  vocabularies?: Record<string, Record<string, string[]>>,
  onRows?: (done: number, total: number) => void,
): Promise<PreparedFile> {
  // a file on disk is read as a stream: a CSV over 512 MiB is more than one JavaScript string
  const streamed = input.bytes === undefined;
  const base: PreparedFile = {
    name: input.name,
    sha256: input.bytes === undefined ? "" : await sha256(input.bytes),
    kind: input.kind ?? null,
    rowsRead: 0,

    prepared: null,
    ingest: null,
    issues: [],
  };
  const given = digestBytes(base.sha256);
  if (given) base.bytes = given;
  const workbook = /\.(xlsx|xlsm|xls|ods)$/i.test(input.name);
  if (workbook && !input.path) {
    base.issues.push({ code: "report.workbook_needs_path", severity: "warning", params: { file: input.name } });
    return base;
  }
  const ingestOptions = {
    file: input.name,
    maxIssuesPerCode: Number.POSITIVE_INFINITY,
    ...(input.encoding ? { encoding: input.encoding } : {}),
  };
  let read: Awaited<ReturnType<typeof loadTable>>;
  try {
    if (workbook && input.path)
      read = await loadTable(input.path, { ...ingestOptions, ...(input.sheet ? { sheet: input.sheet } : {}) });
    else if (input.bytes !== undefined) read = fromCSV(input.bytes, ingestOptions);
    else if (input.path !== undefined) read = await loadCSV(input.path, ingestOptions);
    else throw new Error("prepareFile requires the bytes or the path of a file");
  } catch (error) {
    if (streamed && input.path !== undefined) {
      base.sha256 = await sha256OfFile(input.path);
      const digest = digestBytes(base.sha256);
      if (digest) base.bytes = digest;
    }
    const issue = error instanceof IngestError ? error.issue : undefined;
    base.issues.push(
      issue
        ? { ...issue, severity: "error", params: { ...issue.params, file: input.name } }
        : { code: "report.unreadable", severity: "error", params: { file: input.name, reason: reasonOf(error) } },
    );
    return base;
  }
  base.ingest = read.report;
  base.rowsRead = read.report.rows;
  if (streamed) {
    // the SHA-256 computed while reading; its bytes stand for the file's to find a file given twice
    base.sha256 = read.report.sha256 ?? (input.path === undefined ? "" : await sha256OfFile(input.path));
    const digest = digestBytes(base.sha256);
    if (digest) base.bytes = digest;
  }
  try {
    const prepared = await prepareTable(read, {
      kind: input.kind ?? "auto",
      ...(input.mapping ? { mapping: input.mapping } : {}),
      mergeLabels: true,
      ...(vocabularies ? { vocabularies } : {}),
      ...(input.country ? { country: input.country } : {}),
      now,
      ...(onRows ? { onProgress: onRows } : {}),
    });
    // control characters and U+2028/U+2029 shown as visible symbols before anything is drawn (counted)
    if (prepared.cleaned) {
      const safe = safeTable(prepared.cleaned.clean);
      if (safe.changed > 0) {
        prepared.cleaned = { ...prepared.cleaned, clean: safe.table };
        base.issues.push({
          code: "report.text_escaped",
          severity: "warning",
          params: { file: input.name, count: safe.changed },
        });
      }
    }
    base.prepared = prepared;
    base.kind = prepared.kind;
    if (prepared.kind === null) {
      base.issues.push({ code: "report.no_file_kind", severity: "warning", params: { file: input.name } });
    } else {
      for (const issue of prepared.issues)
        base.issues.push({ ...issue, severity: "warning", params: { ...issue.params, file: input.name } });
    }
  } catch (error) {
    if (error instanceof SolidataError)
      for (const issue of error.issues) base.issues.push({ ...issue, params: { ...issue.params, file: input.name } });
    else
      base.issues.push({
        code: "report.unreadable",
        severity: "error",
        params: { file: input.name, reason: reasonOf(error) },
      });
  }
  return base;
}
