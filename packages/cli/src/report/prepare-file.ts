import {
  fromCSV,
  IngestError,
  type IngestReport,
  type PreparedTable,
  prepareTable,
  SolidataError,
  type TextEncoding,
} from "@solidata/core";
import { loadTable } from "@solidata/core/node";
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

/** A file read and prepared by core's pipeline, with what the appendix shows of it (internal). */
export interface PreparedFile {
  name: string;
  sha256: string;
  kind: FileKind | null;
  rowsRead: number;
  /** The file's bytes (to find a file given twice). */
  bytes?: Uint8Array;
  prepared: PreparedTable | null;
  ingest: IngestReport | null;
  issues: CliIssue[];
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
  input: ReportInput,
  now: Date,
  vocabularies?: Record<string, Record<string, string[]>>,
  onRows?: (done: number, total: number) => void,
): Promise<PreparedFile> {
  const base: PreparedFile = {
    name: input.name,
    sha256: await sha256(input.bytes),
    kind: input.kind ?? null,
    rowsRead: 0,
    bytes: input.bytes,
    prepared: null,
    ingest: null,
    issues: [],
  };
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
    read =
      workbook && input.path
        ? await loadTable(input.path, { ...ingestOptions, ...(input.sheet ? { sheet: input.sheet } : {}) })
        : fromCSV(input.bytes, ingestOptions);
  } catch (error) {
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
