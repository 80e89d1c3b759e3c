import {
  type CleanReport,
  cleanTable,
  detectSchema,
  fromCSV,
  type IngestReport,
  type Issue,
  isSchemaName,
} from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { ColumnTable } from "arquero";
import type { FileKind } from "../config/report-config.js";

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
}

/** A file read, cleaned and summarised for the report (internal). */
export interface PreparedFile {
  name: string;
  sha256: string;
  kind: FileKind | null;
  rowsRead: number;
  clean: ColumnTable | null;
  ingest: IngestReport | null;
  cleanReport: CleanReport | null;
  issues: Issue[];
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads, maps and cleans one file; problems become issues so the report goes on (internal). */
export async function prepareFile(input: ReportInput, now: Date): Promise<PreparedFile> {
  const base: PreparedFile = {
    name: input.name,
    sha256: await sha256(input.bytes),
    kind: input.kind ?? null,
    rowsRead: 0,
    clean: null,
    ingest: null,
    cleanReport: null,
    issues: [],
  };
  const workbook = /\.(xlsx|xlsm|xls|ods)$/i.test(input.name);
  if (workbook && !input.path) {
    base.issues.push({
      code: "report.unreadable",
      severity: "warning",
      params: { file: input.name, reason: "a workbook is read from its path, not from bytes" },
    });
    return base;
  }
  let table: ColumnTable;
  try {
    const read =
      workbook && input.path
        ? await loadTable(input.path, { file: input.name, ...(input.sheet ? { sheet: input.sheet } : {}) })
        : fromCSV(input.bytes, { file: input.name });
    table = read.table;
    base.ingest = read.report;
    base.rowsRead = read.report.rows;
  } catch (error) {
    base.issues.push({
      code: "report.unreadable",
      severity: "error",
      params: { file: input.name, reason: reasonOf(error) },
    });
    return base;
  }
  const headers = table.columnNames().filter((n) => n !== "_line");
  const kind = input.kind ?? detectSchema(headers).schema;
  if (!kind || !isSchemaName(kind)) {
    base.issues.push({ code: "report.no_file_kind", severity: "warning", params: { file: input.name } });
    return base;
  }
  base.kind = kind;
  try {
    const cleaned = await cleanTable(table, {
      schema: kind,
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ingestIssues: base.ingest?.issues ?? [],
      mergeLabels: true,
      now,
    });
    base.clean = cleaned.clean;
    base.cleanReport = cleaned.report;
  } catch (error) {
    base.issues.push({
      code: "report.unreadable",
      severity: "error",
      params: { file: input.name, reason: reasonOf(error) },
    });
  }
  return base;
}
