/**
 * @solidata/cli: the `solidata` command and the report assembler, also usable from a script.
 * @packageDocumentation
 */
export { CliError } from "./cli-error.js";
export { configJsonSchema } from "./config/config-json-schema.js";
export { type LoadConfigResult, loadConfig } from "./config/load-config.js";
export {
  FileConfig,
  FileKind,
  HourlyRatePreset,
  isFileKind,
  PeriodConfig,
  ReportConfig,
  type ReportConfigInput,
  SectionId,
} from "./config/report-config.js";
export { type ParseConfigResult, parseConfig, safeParseConfig } from "./config/safe-parse-config.js";
export { type StarterFile, starterConfig } from "./config/starter-config.js";
export { ExitCode } from "./exit-codes.js";
export type { Io } from "./io.js";
export type { CliCode } from "./locales/cli-en.js";
export type { CliIssue } from "./messages.js";
export type { OutputWriter } from "./output/open-output-folder.js";
export { buildProgram, runCli } from "./program.js";
export { createProgress, type Progress, type ProgressUnit } from "./progress.js";
export { type BuildReportOptions, buildReport, type ReportSource } from "./report/build-report.js";
export { drawCharts } from "./report/draw-charts.js";
export { escapeHtml } from "./report/escape-html.js";
export { escapeMarkdown } from "./report/escape-markdown.js";
export { formatCell, formatValue } from "./report/format-value.js";
export type {
  Cell,
  Chart,
  Column,
  DataTable,
  Figure,
  FigureStatus,
  FileSummary,
  LocalText,
  ReleaseBasis,
  ReportModel,
  ReportProtection,
  Section,
  ValueFormat,
} from "./report/model.js";
export type { ReportInput } from "./report/prepare-file.js";
export type { ReportEngine } from "./report/prepare-file-duckdb.js";
export { REPORT_CSP, renderHTML } from "./report/render-html.js";
export { renderJSON } from "./report/render-json.js";
export { renderMarkdown } from "./report/render-markdown.js";
export { type ReportFormat, writeReport } from "./report/write-report.js";
