import { resolve } from "node:path";
import {
  detectKind,
  formatIssue,
  formatMessage,
  IngestError,
  type IngestReport,
  isLang,
  isSchemaName,
  type KindDetection,
  type Lang,
  mapHeaders,
} from "@solidata/core";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { encodingOption } from "../encoding-option.js";
import { ExitCode } from "../exit-codes.js";
import { loadForInspect } from "../ingest/load-for-inspect.js";
import { redactReport } from "../inspect/redact-report.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { createProgress } from "../progress.js";

/** Exit code of each ingest error that stops `inspect`. */
const EXIT_CODES: Record<string, ExitCode> = {
  "ingest.file_not_found": ExitCode.noInput,
  "ingest.file_unreadable": ExitCode.noInput,
  "ingest.sheet_not_found": ExitCode.usage,
};

interface InspectOptions {
  sheet?: string;
  encoding?: string;
  schema?: string;
  lang?: string;
  json?: boolean;
  quiet?: boolean;
  html?: boolean;
  out?: string;
}

/**
 * Registers `solidata inspect <file> [--sheet S] [--schema KIND] [--html [--out DIR]] [--lang fr|en] [--json]`: reads a CSV file or a
 * workbook and prints what the ingest found (encoding, delimiter, header line, rows, a type per
 * column with its missing and distinct counts and examples, decisions and issues), then the kind of
 * table with its score and candidates and the mapping it would use (field, score, reason, value
 * evidence per column; with `--schema`, the mapping of that kind), as tables, or the whole report as
 * JSON (the kind under `kind`); the issues go to stderr and, in text mode, to stdout too. `--html` also
 * writes the offline profile page `DIR/<name>.profile.html` (see `writeProfilePage`). Exit codes: 3 missing file, 4 unusable data (empty, binary,
 * unterminated quote, corrupted or protected workbook), 2 unknown sheet.
 */
export function registerInspect(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("inspect")
    .description(t(lang, "inspect.description"))
    .argument("<file>", t(lang, "inspect.argument.file"))
    .option("--sheet <sheet>", t(lang, "inspect.option.sheet"))
    .option("--encoding <name>", t(lang, "cli.option.encoding"))
    .option("--schema <kind>", t(lang, "inspect.option.schema"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--json", t(lang, "cli.option.json"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--html", t(lang, "inspect.option.html"))
    .option("--out <dir>", t(lang, "inspect.option.out"))
    .addHelpText("after", `${t(lang, "inspect.help.examples")}\n${t(lang, "inspect.help.exit")}`)
    .action(async (file: string, options: InspectOptions) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      if (options.schema !== undefined && !isSchemaName(options.schema)) {
        throw new CliError(t(language, "clean.bad_schema", { schema: options.schema }), ExitCode.usage);
      }
      let report: IngestReport;
      let kind: KindDetection;
      let loaded: Awaited<ReturnType<typeof loadForInspect>>;
      try {
        // a bar of the bytes read, on a terminal only; large CSV files are streamed (bounded memory)
        const progress = createProgress(io, { quiet: options.quiet || options.json, lang: language });
        const onProgress = (done: number, total: number): void =>
          progress.count(t(language, "progress.reading", { file }), done, total, "bytes");
        const encoding = encodingOption(options.encoding, language);
        const ingestOptions = {
          file,
          onProgress,
          // a look at the file: with several sheets of data, the first is shown and every sheet listed
          ambiguousSheet: "first" as const,
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          ...(encoding === undefined ? {} : { encoding }),
        };
        loaded = await loadForInspect(resolve(io.cwd, file), ingestOptions).finally(() => progress.end());
        report = loaded.report;
        const hxl: Record<string, string> = {};
        for (const column of report.columns) if (column.hxl) hxl[column.name] = column.hxl;
        kind = detectKind(loaded.table, { hxl });
        if (options.schema !== undefined && isSchemaName(options.schema)) {
          // the mapping the chosen kind would use, with the same value evidence
          const headers = loaded.table.columnNames().filter((c) => c !== "_line");
          const values = Object.fromEntries(headers.map((h) => [h, loaded.table.array(h) as ArrayLike<unknown>]));
          const matches = mapHeaders(headers, options.schema, {}, hxl, { values }).matches;
          kind = { ...kind, best: options.schema, mapping: matches };
        }
      } catch (error) {
        if (error instanceof IngestError) {
          const issue = { ...error.issue, params: { ...error.issue.params, file } };
          throw new CliError(formatIssue(issue, language), EXIT_CODES[issue.code] ?? ExitCode.badData);
        }
        throw error;
      }
      // no folder path, no free-text example in any output; the page (a file that may be shared) names no sheet
      // the page's charts (vega) are loaded only when a page is asked for
      const page = options.html
        ? await (await import("../inspect/write-profile-page.js")).writeProfilePage(
            loaded.table,
            redactReport(report, loaded.table, "position"),
            file,
            resolve(io.cwd, options.out ?? "."),
            language,
          )
        : null;
      report = redactReport(report, loaded.table, "name");
      if (page !== null) io.stderr(`${t(language, "inspect.html.written", { path: page })}\n`);
      if (options.json) {
        io.stdout(`${JSON.stringify(toJson(report, language, kind), null, 2)}\n`);
        return;
      }
      io.stdout(renderReport(report, language));
      io.stdout(renderKind(kind, language));
      const stored = report.issues.length;
      const total = Object.values(report.issueCounts).reduce((a, b) => a + b, 0);
      if (total > 0) {
        const lines = report.issues.slice(0, 20).map((issue) => `  - ${formatIssue(issue, language)}\n`);
        let problems = `${t(language, "inspect.issues", { count: total })}\n${lines.join("")}`;
        if (total > Math.min(stored, 20))
          problems += `${t(language, "inspect.more_issues", { count: total - Math.min(stored, 20) })}\n`;
        // on stderr for the terminal, and in the text on stdout so that `inspect f.csv > notes.txt` keeps them
        io.stderr(problems);
        io.stdout(`\n${problems}`);
      }
    });
}

/**
 * The report as JSON, every issue and decision worded in the chosen language, with the kind and
 * mapping (see {@link kindJson}) when given.
 *
 * @param report - the ingest report
 * @param lang - language of the worded messages
 * @param kind - the kind detection, added as `kind`
 */
function toJson(report: IngestReport, lang: Lang, kind?: KindDetection): Record<string, unknown> {
  return {
    ...report,
    ...(kind === undefined ? {} : { kind: kindJson(kind, lang) }),
    decisions: report.decisions.map((d) => ({ ...d, message: formatMessage(d.code, lang, d.params) })),
    columns: report.columns.map((c) => ({ ...c, reasonMessage: formatMessage(c.reason, lang, c.reasonParams) })),
    issues: report.issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      line: issue.line ?? null,
      column: issue.column ?? null,
      ...(issue.value === undefined ? {} : { value: issue.value }),
      message: formatIssue(issue, lang),
    })),
  };
}

/**
 * The kind of the file, its score, its candidates and the mapping it would use, as JSON with worded
 * reasons, for `inspect --json`.
 *
 * @param kind - what core's `detectKind` found
 * @param lang - language of the worded reasons
 * @example
 * kindJson(detectKind({ headers: ["Nom du centre", "Adresse", "Horaires"] }), "en").kind // => "sites"
 */
function kindJson(kind: KindDetection, lang: Lang): Record<string, unknown> {
  return {
    kind: kind.kind,
    best: kind.best,
    score: kind.score,
    threshold: kind.threshold,
    candidates: kind.candidates,
    reasons: kind.reasons.map((r) => ({ ...r, message: formatIssue(r, lang) })),
    mapping: kind.mapping.map((m) => ({
      ...m,
      ...(m.reason === undefined
        ? {}
        : { reasonMessage: formatMessage(m.reason, lang, { field: m.rejectedField ?? m.field ?? "" }) }),
      ...(m.evidence === undefined ? {} : { evidenceMessage: formatMessage(m.evidence, lang) }),
    })),
  };
}

/**
 * The kind, its score, its candidates and the mapping it would use (field, score, reason and value
 * evidence per column), as readable text for `inspect`.
 *
 * @param kind - what core's `detectKind` found
 * @param lang - language of the text
 * @example
 * renderKind(detectKind({ headers: ["Commune"] }), "en").includes("not recognised") // => true
 */
function renderKind(kind: KindDetection, lang: Lang): string {
  const candidates = kind.candidates
    .slice(0, 3)
    .map((c) => `${c.kind} (${c.points})`)
    .join(", ");
  const params = { kind: kind.kind ?? "", score: kind.score, threshold: kind.threshold, candidates: candidates || "—" };
  const out = ["", t(lang, kind.kind === null ? "inspect.kind_none" : "inspect.kind", params)];
  if (kind.best !== null) {
    out.push(t(lang, "inspect.mapping", { kind: kind.best }));
    const headings = (["column", "field", "score", "reason"] as const).map((k) => t(lang, `inspect.heading.${k}`));
    const rows = kind.mapping.map((m) => {
      const reason = m.reason === undefined ? "" : formatMessage(m.reason, lang, { field: m.rejectedField ?? "" });
      const evidence = m.evidence === undefined ? "" : ` — ${formatMessage(m.evidence, lang)}`;
      return [m.header, m.field ?? "—", m.field === null ? "" : m.confidence.toFixed(2), reason + evidence];
    });
    out.push(...table([headings, ...rows], [false, false, true, false]).map((line) => `  ${line}`));
  }
  return `${out.join("\n")}\n`;
}

/** The report as a readable text table. */
function renderReport(report: IngestReport, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB");
  const n = (x: number): string => number.format(x).replace(/\u202f|\u00a0/g, " ");
  const out: string[] = [];
  const source =
    report.format === "csv"
      ? t(lang, "inspect.summary.csv", {
          encoding: report.encoding ?? "",
          bom: report.bom ? " (BOM)" : "",
          delimiter: report.delimiter === "\t" ? "tab" : (report.delimiter ?? ""),
          lineEnding: (report.lineEnding ?? "").toUpperCase(),
        })
      : t(lang, "inspect.summary.workbook", { format: report.format, sheet: report.sheet ?? "" });
  out.push(`${report.file ?? ""} — ${source}`);
  out.push(
    t(lang, "inspect.summary.rows", {
      rows: n(report.rows),
      columns: report.columns.length,
      headerLine: report.headerLine,
      bytes: n(report.bytes),
    }),
  );
  if (report.hxlLine !== null) out.push(t(lang, "inspect.summary.hxl", { line: report.hxlLine }));
  if (report.sheets !== undefined && report.sheets.length > 0) {
    const list = report.sheets.map((s) => t(lang, "inspect.summary.sheet", { name: s.name, rows: n(s.rows) }));
    out.push(t(lang, "inspect.summary.sheets", { sheets: list.join(", ") }));
  }
  out.push("");
  const headings = (["column", "type", "missing", "distinct", "examples"] as const).map((k) =>
    t(lang, `inspect.heading.${k}`),
  );
  const rows = report.columns.map((c) => [
    c.hxl ? `${c.name} ${c.hxl}` : c.name,
    t(lang, `inspect.type.${c.type}`),
    n(c.missing),
    c.distinctCapped ? `≥ ${n(c.distinct)}` : n(c.distinct),
    c.examples.map((e) => (e.length > 24 ? `${e.slice(0, 23)}…` : e)).join(", "),
  ]);
  out.push(...table([headings, ...rows], [false, false, true, true, false]));
  out.push("");
  out.push(t(lang, "inspect.decisions"));
  for (const d of report.decisions) {
    const prefix = d.column ? `${d.column}: ` : "";
    out.push(`  - ${prefix}${formatMessage(d.code, lang, d.params)}`);
  }
  return `${out.join("\n")}\n`;
}

function table(rows: string[][], right: boolean[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length));
        return right[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
