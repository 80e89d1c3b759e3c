import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import {
  CleanError,
  type CleanReport,
  type CleanResult,
  formatIssue,
  IngestError,
  type IngestResult,
  type Issue,
  isLang,
  isSchemaName,
  type Lang,
  type MappingOverride,
  PrivacyError,
  type PseudonymKey,
  prepareTable,
  pseudonymiseExport,
  type Recipe,
  safeParseRecipe,
  toCSVChunks,
  XLSX_MAX_ROWS,
} from "@solidata/core";
import { loadKey, loadTable } from "@solidata/core/node";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { encodingOption } from "../encoding-option.js";
import { ExitCode } from "../exit-codes.js";
import { checkFitsInMemory } from "../ingest/check-fits-in-memory.js";
import { ingestExitCode } from "../ingest/ingest-exit-code.js";
import { sheetChoiceError } from "../ingest/sheet-choice-error.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { openOutputFolder } from "../output/open-output-folder.js";
import { outputFailure, sayPreviousOutput } from "../output/report-output.js";
import { createProgress } from "../progress.js";
import { readLabelDecisions } from "../review/read-label-decisions.js";
import { type CleanStreamResult, cleanStream } from "./clean-stream.js";
import { cleanWorkbook } from "./clean-workbook.js";

interface CleanCommandOptions {
  schema: string;
  encoding?: string;
  map?: string;
  recipe?: string;
  out: string;
  excel?: boolean;
  mergeLabels?: boolean;
  key?: string;
  labels?: string;
  lang?: string;
  json?: boolean;
  country?: string;
  quiet?: boolean;
  sheet?: string;
}

/** Codes of core's refusal to guess the kind of a file: the user must choose it (exit 5). */
const KIND_REFUSALS = new Set(["clean.kind_uncertain", "clean.schema_not_detected"]);

/** Default output folder of `solidata clean`, in the current directory. */
const DEFAULT_CLEAN_DIR = "solidata-clean";

/**
 * Registers `solidata clean <file> [--schema NAME|auto] [--map FILE] [--recipe FILE] [--out DIR]
 * [--excel] [--no-merge-labels] [--labels FILE] [--country CC] [--sheet NAME|N] [--lang fr|en] [--json]`: reads the file, cleans it with core's
 * `cleanTable` (or re-applies a recipe), and writes `DIR/clean.csv`, `DIR/quarantine.csv`,
 * `DIR/duplicates.csv` (rows merged into an earlier row: line, kept_line, rule), `DIR/recipe.json` and
 * `DIR/clean-report.json`; with `--excel` also `DIR/clean.xlsx` (see `cleanWorkbook`). Rows in = clean + quarantined + merged. stdout gets the paths written (or, with `--json`,
 * the report); stderr a summary. Exit codes: 2 bad option (or a workbook with several sheets of data and no
 * `--sheet`, an unknown sheet), 3 file missing, 4 unreadable data, 5 bad map or
 * recipe, or a kind that cannot be told (score below `KIND_THRESHOLD` or a tie: give `--schema`), 7 cannot
 * write. Quarantined rows are not an error: they are the point of the command. A CSV file is cleaned as a
 * stream in bounded memory (see `cleanStream`); `--key`, `--excel`, workbooks, wide surveys and UTF-16 text
 * are cleaned in memory.
 */
export function registerClean(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("clean")
    .description(t(lang, "clean.description"))
    .addHelpText("after", t(lang, "clean.help.examples"))
    .argument("<file>", t(lang, "cli.argument.table_file"))
    .option("--schema <name>", t(lang, "clean.option.schema"), "auto")
    .option("--map <file>", t(lang, "clean.option.map"))
    .option("--encoding <name>", t(lang, "cli.option.encoding"))
    .option("--sheet <sheet>", t(lang, "cli.option.sheet"))
    .option("--recipe <file>", t(lang, "clean.option.recipe"))
    .option("--out <dir>", t(lang, "clean.option.out"), DEFAULT_CLEAN_DIR)
    .option("--excel", t(lang, "clean.option.excel"))
    .option("--merge-labels", t(lang, "clean.option.merge"))
    .option("--country <code>", t(lang, "clean.option.country"))
    .option("--key <file>", t(lang, "clean.option.key"))
    .option("--no-merge-labels", t(lang, "clean.option.no_merge"))
    .option("--labels <file>", t(lang, "clean.option.labels"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--json", t(lang, "cli.option.json"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .action(async (file: string, options: CleanCommandOptions) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      await runClean(file, options, language, io);
    });
}

async function runClean(file: string, options: CleanCommandOptions, lang: Lang, io: Io): Promise<void> {
  if (options.schema !== "auto" && !isSchemaName(options.schema)) {
    throw new CliError(t(lang, "clean.bad_schema", { schema: options.schema }), ExitCode.usage);
  }
  if (options.country !== undefined && !/^[A-Za-z]{2}$/.test(options.country)) {
    throw new CliError(t(lang, "clean.bad_country", { country: options.country }), ExitCode.usage);
  }
  const encoding = encodingOption(options.encoding, lang);
  const mapping =
    options.map === undefined ? undefined : await readMapping(resolve(io.cwd, options.map), options.map, lang);
  const recipe =
    options.recipe === undefined ? undefined : await readRecipe(resolve(io.cwd, options.recipe), options.recipe, lang);
  const key = await exportKey(options.key, io, lang);
  const labelDecisions =
    options.labels === undefined
      ? undefined
      : await readDecisions(resolve(io.cwd, options.labels), options.labels, lang);

  // a bar on a terminal only: bytes read, then rows cleaned
  const progress = createProgress(io, { quiet: options.quiet || options.json, lang });
  const prepare = {
    kind: options.schema === "auto" ? "auto" : (options.schema as Recipe["schema"]),
    ...(mapping ? { mapping } : {}),
    ...(recipe ? { recipe } : {}),
    mergeLabels: options.mergeLabels !== false,
    ...(labelDecisions ? { labelDecisions } : {}),
    lang,
    ...(options.country === undefined ? {} : { country: options.country.toUpperCase() }),
  } as const;
  const refused = (issues: readonly Issue[]): never => {
    const message = issues.map((i) => formatIssue(i, lang)).join("; ");
    if (issues.some((i) => KIND_REFUSALS.has(i.code)))
      throw new CliError(t(lang, "clean.kind_refused", { file, message }), ExitCode.config);
    throw new CliError(t(lang, "clean.not_cleanable", { message }), ExitCode.badData);
  };
  const dir = resolve(io.cwd, options.out);
  const open = async (expect: readonly string[]) => {
    // atomic: temporary names, renamed when all are complete, manifest.json last
    const out = await openOutputFolder(dir, { command: "clean", expect, writer: io.writer });
    sayPreviousOutput(out, io, lang);
    return out;
  };
  const cantWrite = (error: unknown): unknown => {
    const failure = outputFailure(error, lang);
    if (failure !== error) return failure;
    return new CliError(t(lang, "clean.cant_write", { dir, message: (error as Error).message }), ExitCode.cantWrite);
  };

  // a CSV file is cleaned as a stream, in bounded memory, unless a step needs the whole table at once
  // (a pseudonymised export, an Excel workbook, a wide survey reshaped, UTF-16 text)
  const path = resolve(io.cwd, file);
  if (key === null && options.excel !== true && (await isCsvFile(path))) {
    const names = ["clean.csv", "quarantine.csv", "duplicates.csv", "recipe.json", "clean-report.json"];
    let streamed: CleanStreamResult;
    try {
      streamed = await cleanStream(path, {
        file: basename(file),
        prepare,
        ...(encoding === undefined ? {} : { encoding }),
        open: () => open(names),
        onProgress: (pass, done, total) =>
          progress.count(
            t(lang, pass === "sample" ? "progress.reading" : "progress.cleaning", { file }),
            done,
            total,
            "bytes",
          ),
      });
    } catch (error) {
      progress.end();
      if (error instanceof IngestError) {
        const code = ingestExitCode(error.issue.code);
        throw new CliError(formatIssue(error.issue, lang), code);
      }
      if (error instanceof CleanError) refused(error.issues);
      if (error instanceof CliError) throw error;
      throw cantWrite(error);
    }
    progress.end();
    if (streamed.state === "refused") refused(streamed.issues);
    if (streamed.state === "done") {
      const report = { file: basename(file), ...streamed.report, ingest: streamed.ingest };
      try {
        await streamed.out.write("recipe.json", `${JSON.stringify(streamed.recipe, null, 2)}\n`);
        await streamed.out.write("clean-report.json", `${JSON.stringify(report, null, 2)}\n`);
        await streamed.out.commit();
      } catch (error) {
        throw cantWrite(error);
      }
      const paths = Object.fromEntries(
        names.map((n) => [n.replace(/\.(csv|json)$/, "").replace("clean-report", "report"), resolve(dir, n)]),
      );
      summarise(streamed.report, { options, recipe, file, dir, lang, io, excelRows: 0, exported: null, key: null });
      io.stdout(
        options.json ? `${JSON.stringify({ paths, report }, null, 2)}\n` : `${Object.values(paths).join("\n")}\n`,
      );
      return;
    }
  }

  // a file too large for this heap is refused with its size and the limit, never a V8 crash
  await checkFitsInMemory(path, file, lang);
  let ingested: IngestResult;
  try {
    ingested = await loadTable(resolve(io.cwd, file), {
      file: basename(file),
      maxIssuesPerCode: Number.POSITIVE_INFINITY,
      onProgress: (done, total) => progress.count(t(lang, "progress.reading", { file }), done, total, "bytes"),
      ...(encoding === undefined ? {} : { encoding }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    });
  } catch (error) {
    progress.end();
    if (error instanceof IngestError) {
      const sheet = sheetChoiceError(error.issue, lang);
      if (sheet !== undefined) throw sheet;
      const code = ingestExitCode(error.issue.code);
      throw new CliError(formatIssue(error.issue, lang), code);
    }
    throw error;
  }
  let result: CleanResult;
  try {
    // the same preparation as the report's and the library's (prepareTable): HXL hashtags, wide surveys
    const prepared = await prepareTable(ingested, {
      ...prepare,
      onProgress: (done, total) => progress.count(t(lang, "progress.cleaning", { file }), done, total, "rows"),
    });
    progress.end();
    if (prepared.cleaned === null)
      refused(
        prepared.issues.length > 0 ? prepared.issues : [{ code: "clean.schema_not_detected", severity: "error" }],
      );
    result = prepared.cleaned as CleanResult;
  } catch (error) {
    progress.end();
    if (error instanceof CleanError) refused(error.issues);
    throw error;
  }

  const exported = key === null ? null : await protectExport(result, key);
  if (exported) {
    result = { ...result, clean: exported.clean, quarantine: exported.quarantine, report: exported.report };
  }
  // an Excel sheet shows 1,048,576 rows, header included: past that only the CSV files are written
  const excelRows = Math.max(result.clean.numRows(), result.quarantine.numRows(), result.duplicates.numRows());
  const excel = options.excel === true && excelRows < XLSX_MAX_ROWS;
  const paths = {
    clean: resolve(dir, "clean.csv"),
    quarantine: resolve(dir, "quarantine.csv"),
    duplicates: resolve(dir, "duplicates.csv"),
    recipe: resolve(dir, "recipe.json"),
    report: resolve(dir, "clean-report.json"),
    ...(excel ? { excel: resolve(dir, "clean.xlsx") } : {}),
  };
  const report = {
    file: basename(file),
    ...result.report,
    ingest: { rows: ingested.report.rows, issueCounts: ingested.report.issueCounts },
  };
  try {
    const out = await open(Object.values(paths).map((p) => basename(p)));
    const excel = options.excel === true;
    await out.write("clean.csv", toCSVChunks(result.clean, { excel }), result.clean.numRows());
    await out.write("quarantine.csv", toCSVChunks(result.quarantine, { excel }), result.quarantine.numRows());
    await out.write("duplicates.csv", toCSVChunks(result.duplicates, { excel }), result.duplicates.numRows());
    await out.write("recipe.json", `${JSON.stringify(result.recipe, null, 2)}\n`);
    await out.write("clean-report.json", `${JSON.stringify(report, null, 2)}\n`);
    if (paths.excel !== undefined) await out.write("clean.xlsx", await cleanWorkbook(result, lang));
    await out.commit();
  } catch (error) {
    throw cantWrite(error);
  }
  summarise(result.report, { options, recipe, file, dir, lang, io, excelRows, exported, key });
  io.stdout(options.json ? `${JSON.stringify({ paths, report }, null, 2)}\n` : `${Object.values(paths).join("\n")}\n`);
}

/** Whether a path is a regular file that is not a workbook (a CSV or text file). */
async function isCsvFile(path: string): Promise<boolean> {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(path)) return false;
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The summary of a clean on stderr: rows, quarantine codes, merges, uncovered, proposals. */
function summarise(
  r: CleanReport,
  c: {
    options: CleanCommandOptions;
    recipe: Recipe | undefined;
    file: string;
    dir: string;
    lang: Lang;
    io: Io;
    excelRows: number;
    exported: { summary: Record<string, string | number> } | null;
    key: PseudonymKey | null;
  },
): void {
  const { options, recipe, file, dir, lang, io, excelRows, exported, key } = c;
  const excel = options.excel === true && excelRows < XLSX_MAX_ROWS;
  const lines = [
    t(lang, "clean.summary", {
      rowsIn: r.rowsIn,
      rowsClean: r.rowsClean,
      rowsQuarantined: r.rowsQuarantined,
      rowsMerged: r.rowsMerged,
      schema: r.schema,
      dir,
    }),
  ];
  if (r.rowsQuarantined > 0) {
    const codes = Object.entries(r.byCode)
      .map(([code, count]) => `${code} ${count}`)
      .join(", ");
    lines.push(t(lang, "clean.summary_quarantine", { codes }));
  }
  if (r.rowsMerged > 0) {
    const rules = Object.entries(r.mergedByRule)
      .map(([rule, count]) => `${rule} ${count}`)
      .join(", ");
    lines.push(t(lang, "clean.summary_duplicates", { rules }));
  }
  if (r.uncovered.length > 0) {
    lines.push(t(lang, "clean.summary_uncovered", { count: r.uncovered.length }));
    for (const issue of r.uncovered.slice(0, 10)) lines.push(`  - ${formatIssue(issue, lang)}`);
  }
  const merging = options.mergeLabels !== false;
  const clusterCount = Object.values(r.clusters).reduce(
    (sum, list) => sum + list.filter((c) => !merging || !c.confident).length,
    0,
  );
  if (clusterCount > 0 && recipe === undefined) {
    lines.push(
      merging
        ? t(lang, "clean.summary_proposals", { count: clusterCount, file })
        : t(lang, "clean.summary_clusters", { count: clusterCount }),
    );
  }
  if (options.excel === true && !excel)
    lines.push(t(lang, "clean.excel_too_big", { rows: excelRows, max: XLSX_MAX_ROWS - 1 }));
  if (exported && key) lines.push(t(lang, "clean.pseudonymised", { id: key.id, ...exported.summary }));
  io.stderr(`${lines.join("\n")}\n`);
}

async function readJson(path: string, given: string, option: string, lang: Lang): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(t(lang, "clean.missing_option_file", { file: given, option }), ExitCode.noInput);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(t(lang, "clean.bad_json", { file: given, message: (error as Error).message }), ExitCode.config);
  }
}

async function readMapping(path: string, given: string, lang: Lang): Promise<MappingOverride> {
  const value = await readJson(path, given, "--map", lang);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CliError(t(lang, "clean.bad_map", { file: given, message: "" }), ExitCode.config);
  }
  for (const [header, field] of Object.entries(value)) {
    if (field !== null && typeof field !== "string") {
      throw new CliError(t(lang, "clean.bad_map", { file: given, message: `"${header}"` }), ExitCode.config);
    }
  }
  return value as MappingOverride;
}

async function readRecipe(path: string, given: string, lang: Lang): Promise<Recipe> {
  const parsed = safeParseRecipe(await readJson(path, given, "--recipe", lang));
  if (!parsed.ok) {
    const message = parsed.issues.map((i) => String(i.params?.message ?? i.code)).join("; ");
    throw new CliError(t(lang, "clean.bad_recipe", { file: given, message }), ExitCode.config);
  }
  return parsed.value;
}

async function readDecisions(path: string, given: string, lang: Lang): Promise<Record<string, Record<string, string>>> {
  let text: Uint8Array;
  try {
    text = await readFile(path);
  } catch {
    throw new CliError(t(lang, "clean.missing_option_file", { file: given, option: "--labels" }), ExitCode.noInput);
  }
  const read = readLabelDecisions(text);
  if (!read.ok) {
    throw new CliError(
      t(lang, "labels.bad_decisions", { file: given, columns: read.missing.join(", ") }),
      ExitCode.config,
    );
  }
  return read.decisions;
}

// --- pseudonymised export (--key FILE or SOLIDATA_KEY) -------------------------------------------

/** The key of `--key FILE`, else of the file `SOLIDATA_KEY` names, else null (no pseudonymisation). */
async function exportKey(file: string | undefined, io: Io, lang: Lang): Promise<PseudonymKey | null> {
  if (file === undefined && (io.env.SOLIDATA_KEY ?? "").trim() === "") return null;
  try {
    return await loadKey(file === undefined ? { env: io.env, cwd: io.cwd } : { file: resolve(io.cwd, file) });
  } catch (error) {
    if (error instanceof PrivacyError) {
      throw new CliError(t(lang, "clean.bad_key", { message: error.messageIn(lang) }), ExitCode.config);
    }
    throw error;
  }
}

/**
 * Applies the export policy of core's `pseudonymiseExport` to the clean table, and to the quarantine
 * keeps only the line, column and codes with the person's pseudonym (its original values and
 * messages may hold names, e-mails or phones, even shifted into other columns); values quoted in
 * the report's warnings are removed.
 */
async function protectExport(result: CleanResult, key: PseudonymKey) {
  const clean = await pseudonymiseExport(result.clean, key);
  const person = result.report.mapping.find((m) => m.field === "person_id")?.header;
  const q = result.quarantine;
  const keepColumns = ["line", "column", "code", "other_codes", "flags"].filter((c) => q.columnNames().includes(c));
  let quarantine = q.select(keepColumns);
  if (person !== undefined && q.columnNames().includes(person)) {
    const ids = q.select(person).rename({ [person]: "person_id" });
    const pseudonymised = await pseudonymiseExport(ids, key);
    quarantine = quarantine.assign(pseudonymised.table);
  }
  const strip = <T extends object>(issues: T[]): T[] =>
    issues.map((issue) => {
      const { value: _value, params, ...rest } = issue as T & { value?: unknown; params?: Record<string, unknown> };
      if (!params) return rest as T;
      const { value: _v, ...kept } = params;
      return { ...rest, params: kept } as T;
    });
  const report = {
    ...result.report,
    warnings: strip(result.report.warnings),
    uncovered: strip(result.report.uncovered),
  };
  const none = "—";
  return {
    clean: clean.table,
    quarantine,
    report,
    summary: {
      pseudonymised: clean.pseudonymised.join(", ") || none,
      bits: clean.bits,
      dropped: clean.dropped.join(", ") || none,
      generalised: clean.generalised.map((g) => `${g.column} → ${g.to}`).join(", ") || none,
    },
  };
}
