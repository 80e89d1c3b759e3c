export { ColumnType, isColumnType } from "./column-type.js";
export { type DelimiterGuess, detectDelimiter } from "./detect-delimiter.js";
export { detectEncoding, type EncodingGuess } from "./detect-encoding.js";
export { fromCSV } from "./from-csv.js";
export { fromCSVStream } from "./from-csv-stream.js";
export { fromRows, type RowsSource } from "./from-rows.js";
export { type ColumnTyping, type InferContext, inferColumnType } from "./infer-column-type.js";
export { IngestError } from "./ingest-error.js";
export type {
  ColumnReport,
  IngestDecision,
  IngestOptions,
  IngestReport,
  IngestResult,
  ParallelIngestOptions,
  RowFlags,
  TextEncoding,
} from "./ingest-report.js";
export { type HeaderSpan, type JoinedHeader, joinHeaderRows } from "./join-header-rows.js";
export { type MonthYear, parseMonthYear } from "./parse-month-year.js";
export { type SafeIngestResult, safeFromCSV } from "./safe-from-csv.js";
export { type ByteSource, type CsvScan, type ScanOptions, scanCSV } from "./scan-csv.js";
export { type SummaryRowKind, summaryRowKind } from "./summary-row-kind.js";
