import { readFile } from "node:fs/promises";
import { basename, relative, resolve } from "node:path";
import {
  CleanError,
  type CleanResult,
  cleanTable,
  formatIssue,
  IngestError,
  type IngestResult,
  isLang,
  isSchemaName,
  type Lang,
  type MappingOverride,
  type Recipe,
  schemaFields,
} from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { ingestExitCode } from "../ingest/ingest-exit-code.js";
import { sheetChoiceError } from "../ingest/sheet-choice-error.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { openOutputFolder } from "../output/open-output-folder.js";
import { outputFailure, sayPreviousOutput } from "../output/report-output.js";
import { resolveUserPath } from "../resolve-user-path.js";
import { labelReviewRows } from "../review/label-review-rows.js";
import { labelsCsv } from "../review/labels-csv.js";
import { renderLabelsHtml } from "../review/render-labels-html.js";

interface LabelsCommandOptions {
  field?: string;
  schema: string;
  map?: string;
  out: string;
  lang?: string;
  json?: boolean;
  sheet?: string;
}

/** Default output folder of `solidata labels`, in the current directory. */
const DEFAULT_LABELS_DIR = "solidata-labels";

/**
 * Registers `solidata labels <file> [--field F] [--schema NAME|auto] [--map FILE] [--out DIR]
 * [--sheet NAME|N] [--lang fr|en] [--json]`: cleans the file as `clean` does and writes the label clusters for review,
 * `DIR/labels.csv` (label, rows, proposed label, rule, score, decision) and `DIR/labels.html` (one
 * offline page, like OpenRefine's cluster dialog). The edited CSV goes back with
 * `solidata clean <file> --labels DIR/labels.csv`, which keeps the decisions in `recipe.json`.
 * Exit codes: 2 unknown field, schema or sheet (or a workbook with several sheets of data and no `--sheet`), 3 file missing, 4 unreadable data, 5 bad map, 7 cannot write.
 */
export function registerLabels(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("labels")
    .description(t(lang, "labels.description"))
    .addHelpText("after", t(lang, "labels.help.examples"))
    .argument("<file>", t(lang, "cli.argument.table_file"))
    .option("--field <field>", t(lang, "labels.option.field"))
    .option("--schema <name>", t(lang, "clean.option.schema"), "auto")
    .option("--map <file>", t(lang, "clean.option.map"))
    .option("--sheet <sheet>", t(lang, "cli.option.sheet"))
    .option("--out <dir>", t(lang, "labels.option.out"), DEFAULT_LABELS_DIR)
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--json", t(lang, "cli.option.json"))
    .action(async (file: string, options: LabelsCommandOptions) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      await runLabels(file, options, language, io);
    });
}

async function runLabels(file: string, options: LabelsCommandOptions, lang: Lang, io: Io): Promise<void> {
  if (options.schema !== "auto" && !isSchemaName(options.schema)) {
    throw new CliError(t(lang, "clean.bad_schema", { schema: options.schema }), ExitCode.usage);
  }
  const mapping =
    options.map === undefined ? undefined : await readMapping(resolveUserPath(io, options.map), options.map, lang);
  let ingested: IngestResult;
  try {
    ingested = await loadTable(resolveUserPath(io, file), {
      file: basename(file),
      maxIssuesPerCode: Number.POSITIVE_INFINITY,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    });
  } catch (error) {
    if (error instanceof IngestError) {
      const sheet = sheetChoiceError(error.issue, lang);
      if (sheet !== undefined) throw sheet;
      const code = ingestExitCode(error.issue.code);
      throw new CliError(formatIssue(error.issue, lang), code);
    }
    throw error;
  }
  const hxl: Record<string, string> = {};
  for (const column of ingested.report.columns) if (column.hxl) hxl[column.name] = column.hxl;
  let result: CleanResult;
  try {
    result = await cleanTable(ingested.table, {
      schema: options.schema === "auto" ? "auto" : (options.schema as Recipe["schema"]),
      mapping,
      hxl,
      ...(ingested.rowFlags ? { rowFlags: ingested.rowFlags } : { ingestIssues: ingested.report.issues }),
      lang,
    });
  } catch (error) {
    if (error instanceof CleanError) {
      const message = error.issues.map((i) => formatIssue(i, lang)).join("; ");
      throw new CliError(t(lang, "clean.not_cleanable", { message }), ExitCode.badData);
    }
    throw error;
  }
  const fields = Object.keys(result.report.clusters);
  if (options.field !== undefined && !fields.includes(options.field)) {
    throw new CliError(
      t(lang, "labels.bad_field", { field: options.field, fields: fields.join(", ") }),
      ExitCode.usage,
    );
  }
  const rows = labelReviewRows(result.report.clusters, options.field);
  const dir = resolveUserPath(io, options.out);
  const paths = { csv: resolve(dir, "labels.csv"), html: resolve(dir, "labels.html") };
  const csvShown = relative(io.cwd, paths.csv) || paths.csv;
  try {
    const out = await openOutputFolder(dir, {
      command: "labels",
      expect: ["labels.csv", "labels.html"],
      writer: io.writer,
    });
    sayPreviousOutput(out, io, lang);
    await out.write("labels.csv", labelsCsv(rows), rows.length);
    const fieldLabels = Object.fromEntries(schemaFields[result.schema].map((f) => [f.name, f.label[lang]]));
    await out.write("labels.html", renderLabelsHtml(rows, { lang, file: basename(file), csv: csvShown, fieldLabels }));
    await out.commit();
  } catch (error) {
    const failure = outputFailure(error, lang);
    if (failure !== error) throw failure;
    throw new CliError(t(lang, "clean.cant_write", { dir, message: (error as Error).message }), ExitCode.cantWrite);
  }
  const clusters = new Map<number, boolean>();
  for (const r of rows) clusters.set(r.cluster, r.confident);
  const confident = [...clusters.values()].filter(Boolean).length;
  io.stderr(
    `${t(lang, "labels.summary", {
      clusters: clusters.size,
      confident,
      proposed: clusters.size - confident,
      csv: csvShown,
      file,
    })}\n`,
  );
  io.stdout(options.json ? `${JSON.stringify({ paths, rows }, null, 2)}\n` : `${paths.csv}\n${paths.html}\n`);
}

async function readMapping(path: string, given: string, lang: Lang): Promise<MappingOverride> {
  let value: unknown;
  try {
    value = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new CliError(t(lang, "clean.missing_option_file", { file: given, option: "--map" }), ExitCode.noInput);
    throw new CliError(t(lang, "clean.bad_json", { file: given, message: (error as Error).message }), ExitCode.config);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CliError(t(lang, "clean.bad_map", { file: given, message: "" }), ExitCode.config);
  }
  return value as MappingOverride;
}
