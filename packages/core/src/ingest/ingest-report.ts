import type { ColumnTable } from "arquero";
import type { MessageCode } from "../locales/en.js";
import type { Issue } from "../messages/issue.js";
import type { ColumnType } from "./column-type.js";

/** Text encodings the ingest reads. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Options of every reader. Each one overrides a guess; leave it out to let the file decide.
 */
export interface IngestOptions {
  /** Name of the file, used in messages and in the report. */
  file?: string;
  /** Text encoding; default: detected (BOM, strict UTF-8, then Windows-1252). */
  encoding?: TextEncoding;
  /** Field delimiter, one character; default: detected among `,` `;` tab `|`. */
  delimiter?: string;
  /** 1-based physical line (or worksheet row) of the header; default: detected (blank and title lines skipped). */
  headerLine?: number;
  /** Values read as missing, compared after trimming, case-insensitive; default `["", "NA", "N/A", "NULL", "-", ".", "?"]`. */
  nullTokens?: string[];
  /** Type of some columns by header name, instead of the inferred one. */
  types?: Record<string, ColumnType>;
  /** Order of day, month and year in ambiguous dates; default: decided by evidence, else `"dmy"`. */
  dateOrder?: "dmy" | "mdy" | "ymd";
  /** Decimal separator of ambiguous numbers; default: decided by evidence, else `,` when the delimiter is `;`. */
  decimal?: "," | ".";
  /**
   * Worksheet (workbooks only): its name, or its position as text as people count (`"1"` is the first
   * sheet; what `--sheet` passes), or a 0-based number; default: the only visible sheet with data. When
   * several visible sheets hold data, reading one of them would be a guess: the reader refuses with
   * `ingest.sheet_ambiguous` (see `ambiguousSheet`).
   */
  sheet?: string | number;
  /**
   * Workbooks only, without `sheet`: what to do when several visible sheets hold data. `"error"`
   * (default) throws `IngestError` `ingest.sheet_ambiguous` listing the sheets; `"first"` reads the
   * first of them (for a look at the file, as `solidata inspect` takes, never for figures).
   */
  ambiguousSheet?: "error" | "first";
  /** Number of data records used to infer types; default 10 000. */
  sampleRows?: number;
  /** Longest field accepted, in characters; default 16 777 216. A longer one is reported as an error. */
  maxFieldLength?: number;
  /**
   * Most issues stored per code in `report.issues` (all are counted); default 100. The flags of each
   * row (`IngestResult.rowFlags`) are never capped.
   */
  maxIssuesPerCode?: number;
  /** Called as a file's bytes are read (`loadCSV`, `loadTable`), for a progress display; never prints. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Workbooks only: most bytes the archive's parts may inflate to, together; default 256 MiB (ratio limit 100:1 per part). */
  maxUnzippedBytes?: number;
  /**
   * `loadCSV` only (Node): parse a large file on several threads, with the same result as on one;
   * default on for files of 8 MiB and more, `false` to read on one thread.
   */
  parallel?: boolean | ParallelIngestOptions;
}

/** How `loadCSV` spreads a large file over threads (each setting has a default). */
export interface ParallelIngestOptions {
  /** Worker threads besides the main thread; default the available cores less one. */
  workers?: number;
  /** Smallest file read on several threads, in bytes; default 8 MiB. */
  minBytes?: number;
  /** Size of each worker's byte range; default the rest of the file shared equally between the threads. */
  rangeBytes?: number;
  /** Bytes of one read (the first read is the detection head); default 1 MiB, the same for one thread. */
  readBytes?: number;
  /** Whether a tentative boundary is checked against the records after it (default true); it is always proven after. */
  checkBoundaries?: boolean;
  /** Told how the file was read: ranges, workers, and why it was read on one thread (`fellBack`), if so. */
  onPlan?: (plan: { ranges: number; workers: number; fellBack: string | null }) => void;
}

/** What the ingest found about one column. */
export interface ColumnReport {
  /** Column name in the table (after renaming empty or duplicate headers). */
  name: string;
  /** Header cell as read, before renaming. */
  header: string;
  /** 1-based position in the source. */
  index: number;
  type: ColumnType;
  /** Why this type: a message code of the catalogue. */
  reason: MessageCode;
  /** Values of the reason message. */
  reasonParams?: Record<string, string | number>;
  /** Number of missing cells (null tokens, blanks, values that did not parse). */
  missing: number;
  /** Number of distinct non-missing values (a lower bound when `distinctCapped`). */
  distinct: number;
  /** Whether counting distinct values stopped at its cap. */
  distinctCapped: boolean;
  /** Up to three distinct values, as read. */
  examples: string[];
  /** HXL hashtag of the column, when the file has a hashtag row. */
  hxl?: string;
  /** Cells turned into missing by a null marker other than the blank ("NA", "-"…), by marker. */
  nullMarkers?: Record<string, number>;
  /** Cells that did not fit the column's type and were kept as text (each one is an `ingest.value_not_parsed`). */
  keptAsText?: number;
  /**
   * `"month"` when a date column writes months without a day (`janv.-24`, `2024-01`): each value is
   * the first of its month, and no day should be shown.
   */
  datePrecision?: "month";
}

/** A choice the ingest made by itself, with its reason as a message code. */
export interface IngestDecision {
  /** What was decided: `encoding`, `delimiter`, `header`, `dateOrder`, `decimal`, `type`. */
  topic: string;
  /** Message code of the reason, e.g. `"ingest.decision.delimiter_counts"`. */
  code: MessageCode;
  /** Column, when the decision is about one. */
  column?: string;
  params?: Record<string, string | number>;
}

/** Everything the ingest learnt about a file: detection, types, decisions and issues. */
export interface IngestReport {
  /** File name, when known. */
  file: string | null;
  /** Source format. */
  format: "csv" | "xlsx" | "xls" | "ods";
  /** Size of the source in bytes (characters for text input). */
  bytes: number;
  /** Hex SHA-256 of the file bytes, when computed. */
  sha256: string | null;
  /** Text encoding (null for workbooks). */
  encoding: TextEncoding | null;
  /** Whether a byte order mark was found. */
  bom: boolean;
  /** Field delimiter (null for workbooks). */
  delimiter: string | null;
  /** Quote character (null for workbooks). */
  quote: string | null;
  /** Line endings seen outside quoted fields. */
  lineEnding: "lf" | "crlf" | "cr" | "mixed" | "none" | null;
  /** Worksheet read (workbooks only). */
  sheet: string | null;
  /** Every sheet of the workbook with its number of rows (workbooks only); a hidden sheet is named by its position (`#4`). */
  sheets?: { name: string; rows: number; hidden?: boolean }[];
  /** 1-based line (or worksheet row) of the header. */
  headerLine: number;
  /** 1-based line of the HXL hashtag row, when there is one. */
  hxlLine: number | null;
  /** Number of data records in the table. */
  rows: number;
  /** Number of blank records skipped (all fields empty). */
  blankRows: number;
  columns: ColumnReport[];
  decisions: IngestDecision[];
  /** Problems found, at most `maxIssuesPerCode` stored per code. */
  issues: Issue[];
  /** Number of issues of each code, stored or not. */
  issueCounts: Record<string, number>;
}

/**
 * The flags of the rows that have some, by the row's source line (its `_line` value): the issues
 * raised while the row was read (`ingest.ragged_row`, `ingest.value_not_parsed`...), all of them,
 * whatever `maxIssuesPerCode`. A row without a flag has no entry.
 */
export type RowFlags = ReadonlyMap<number, readonly Issue[]>;

/** A table, the flags of its rows and the report of how it was read. */
export interface IngestResult {
  /** The data, one column per header, plus `_line` (1-based source line of each record). */
  table: ColumnTable;
  report: IngestReport;
  /**
   * The flags of each row, read with the row's `_line` (never capped); set by every reader of
   * solidata. When absent, the cleaning falls back to `report.issues`.
   */
  rowFlags?: RowFlags;
}
