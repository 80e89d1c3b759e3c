import { existsSync, statSync } from "node:fs";
import type { Lang, PseudonymKey } from "@solidata/core";
import { CliError } from "../cli-error.js";
import type { ReportConfig } from "../config/report-config.js";
import { ExitCode } from "../exit-codes.js";
import { sheetChoiceError } from "../ingest/sheet-choice-error.js";
import type { Io } from "../io.js";
import { type CliCode, t } from "../messages.js";
import { createProgress } from "../progress.js";
import { resolveUserPath } from "../resolve-user-path.js";
import { buildReport, type ReportSource } from "./build-report.js";
import type { ReleaseBasis, ReportModel } from "./model.js";
import type { ReportEngine } from "./prepare-file-duckdb.js";
import { renderJSON } from "./render-json.js";
import { wordIssue } from "./word-issue.js";
import { writeReport } from "./write-report.js";

/** Above this share of quarantined rows, a file stops the report (exit 6): its figures would rest on a fraction of it. */
const MAX_QUARANTINED_SHARE = 0.5;

/** What a report command was asked (internal). */
interface RunReportRequest {
  sources: ReportSource[];
  config: ReportConfig;
  lang: Lang;
  outDir: string;
  quiet: boolean;
  json: boolean;
  /** message code of the line saying where the report went */
  writtenCode: CliCode;
  /** the association's key: counts perturbed by the cell-key method, people linked by keyed pseudonyms */
  key?: PseudonymKey;
  /** why the counts are perturbed or exact (see `ReleaseBasis`) */
  release?: ReleaseBasis;
  /** which engine prepares CSV files (`--engine`) */
  engine?: ReportEngine;
}

/** Builds and writes a report for `solidata report` and `solidata demo`, with progress and errors for the terminal (internal). */
export async function runReport(io: Io, request: RunReportRequest): Promise<ReportModel> {
  const { lang } = request;
  for (const source of request.sources) {
    const path = typeof source === "string" ? source : "bytes" in source ? null : source.path;
    if (path === null) continue;
    if (!existsSync(path))
      throw new CliError(t(lang, "report.input_missing", { file: path, cwd: io.cwd }), ExitCode.noInput);
    if (!statSync(path).isFile())
      throw new CliError(t(lang, "report.input_not_file", { file: path }), ExitCode.noInput);
  }
  if (request.sources.length === 0) throw new CliError(t(lang, "report.no_input"), ExitCode.noInput);
  const progress = createProgress(io, { quiet: request.quiet || request.json, lang });
  let model: ReportModel;
  try {
    model = await buildReport(request.sources, request.config, {
      ...(request.key ? { key: request.key } : {}),
      ...(request.release ? { release: request.release } : {}),
      ...(request.engine ? { engine: request.engine } : {}),
      onProgress: (code, params, done, total) => progress.step(t(lang, code, params), done, total),
      onCount: (code, params, done, total, unit) => progress.count(t(lang, code, params), done, total, unit),
    });
  } finally {
    progress.end();
  }
  // a workbook with several sheets of data and none chosen: the user must say which, nothing is written
  const ambiguous = model.warnings.find((w) => w.code === "ingest.sheet_ambiguous");
  const sheetError = ambiguous === undefined ? undefined : sheetChoiceError(ambiguous, lang, "report.sheet_ambiguous");
  if (sheetError !== undefined) throw sheetError;
  const used = model.files.filter((f) => f.kind !== null && f.rowsRead > 0);
  if (used.length === 0) {
    const reasons = model.warnings.map((w) => wordIssue(w, lang)).join("\n  ");
    throw new CliError(reasons || t(lang, "report.no_input"), ExitCode.badData);
  }
  // a file mostly set aside is not a file the figures can rest on
  for (const f of used) {
    const share = f.rowsQuarantined / f.rowsRead;
    if (share > MAX_QUARANTINED_SHARE)
      throw new CliError(
        t(lang, "report.mostly_quarantined", {
          file: f.name,
          share: Math.round(share * 100),
          limit: Math.round(MAX_QUARANTINED_SHARE * 100),
        }),
        ExitCode.dataCheck,
      );
  }
  // a report with no figure is not a report
  const content = model.sections.filter((s) => s.id !== "summary" && s.id !== "quality");
  const anything = content.some(
    (s) => s.figures.some((f) => f.status === "ok") || s.charts.length > 0 || s.tables.length > 0,
  );
  if (!anything) {
    const why = model.warnings.map((w) => `  - ${wordIssue(w, lang)}`).join("\n");
    const period =
      request.config.period !== undefined && model.covered
        ? `\n${t(lang, "report.period_without_data", { from: model.covered.from, to: model.covered.to })}`
        : "";
    throw new CliError(`${t(lang, "report.empty")}${period}${why ? `\n${why}` : ""}`, ExitCode.dataCheck);
  }
  for (const warning of model.warnings) {
    if (warning.severity !== "info" && !request.quiet && !request.json) io.stderr(`${wordIssue(warning, lang)}\n`);
  }
  const outDir = resolveUserPath(io, request.outDir);
  let written: string[];
  try {
    written = await writeReport(model, outDir, request.config.formats, lang, io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(lang, "report.cant_write", { dir: outDir, reason }), ExitCode.cantWrite);
  }
  if (request.json) io.stdout(renderJSON(model));
  const main = written.find((p) => p.endsWith("report.html")) ?? written[0] ?? outDir;
  io.stderr(`${t(lang, request.writtenCode, { path: main })}\n`);
  return model;
}
