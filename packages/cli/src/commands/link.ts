import { basename, resolve } from "node:path";
import {
  formatIssue,
  IngestError,
  isLang,
  type Lang,
  LinkError,
  type LinkInput,
  type LinkPair,
  type LinkResult,
  type LinkStep,
  linkRecords,
  type ReviewDecision,
  type TextEncoding,
  toCSVChunks,
} from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { encodingOption } from "../encoding-option.js";
import { ExitCode } from "../exit-codes.js";
import { ingestExitCode } from "../ingest/ingest-exit-code.js";
import { sheetChoiceError } from "../ingest/sheet-choice-error.js";
import type { Io } from "../io.js";
import { ACCEPT_WORDS, REJECT_WORDS } from "../locales/decision-words.js";
import { detectLang, t } from "../messages.js";
import { openOutputFolder } from "../output/open-output-folder.js";
import { outputFailure, sayPreviousOutput } from "../output/report-output.js";
import { createProgress } from "../progress.js";
import { resolveUserPath } from "../resolve-user-path.js";

interface LinkCommandOptions {
  fields?: string;
  encoding?: string;
  threshold?: string;
  reviewThreshold?: string;
  decisions?: string;
  maxPairs?: string;
  acrossOnly?: boolean;
  out: string;
  lang?: string;
  json?: boolean;
  quiet?: boolean;
  sheet?: string;
}

/** Default output folder of `solidata link`, in the current directory. */
const DEFAULT_LINK_DIR = "solidata-link";

/**
 * Registers `solidata link <files...> [--fields a,b,...] [--threshold P] [--review-threshold P]
 * [--decisions FILE] [--max-pairs N] [--across-only] [--sheet NAME|N] [--out DIR] [--lang fr|en] [--json] [--quiet]`:
 * reads the files, finds the records that are one person within and across them with core's
 * `linkRecords`, and writes `DIR/clusters.csv` (`file,record,cluster`, record = 1-based data record
 * of its file), `DIR/pairs.csv` (scored pairs with each field's level and weight), `DIR/review.csv`
 * (pairs to decide; fill its `decision` column and give it back with `--decisions`) and
 * `DIR/link-report.json`. stdout gets the paths written (or, with `--json`, the report); stderr a
 * summary. `--sheet` chooses the worksheet of each workbook given (needed when several of its sheets hold
 * data). Exit codes: 2 bad option (or a workbook with several sheets of data and no `--sheet`, an unknown
 * sheet), 3 file missing, 4 unusable data (no identity column, no usable
 * blocking rule), 5 bad decisions file, 7 cannot write.
 */
export function registerLink(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("link")
    .description(t(lang, "link.description"))
    .argument("<files...>", "CSV, XLSX, XLS or ODS files")
    .option("--fields <columns>", t(lang, "link.option.fields"))
    .option("--encoding <name>", t(lang, "cli.option.encoding"))
    .option("--sheet <sheet>", t(lang, "cli.option.sheet"))
    .option("--threshold <p>", t(lang, "link.option.threshold"), "0.9")
    .option("--review-threshold <p>", t(lang, "link.option.review"), "0.5")
    .option("--decisions <file>", t(lang, "link.option.decisions"))
    .option("--max-pairs <n>", t(lang, "link.option.max_pairs"), "5000000")
    .option("--across-only", t(lang, "link.option.across"))
    .option("--out <dir>", t(lang, "link.option.out"), DEFAULT_LINK_DIR)
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--json", t(lang, "cli.option.json"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .addHelpText("after", `\n${t(lang, "link.help.exit")}`)
    .action(async (files: string[], options: LinkCommandOptions) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      await runLink(files, options, language, io);
    });
}

function probabilityOption(value: string | undefined, option: string, lang: Lang): number {
  const p = Number(value);
  if (!(p > 0 && p < 1))
    throw new CliError(t(lang, "link.bad_probability", { option, value: String(value) }), ExitCode.usage);
  return p;
}

async function read(path: string, given: string, lang: Lang, encoding?: TextEncoding, sheet?: string) {
  try {
    return await loadTable(path, {
      file: basename(given),
      ...(encoding === undefined ? {} : { encoding }),
      ...(sheet === undefined ? {} : { sheet }),
    });
  } catch (error) {
    if (error instanceof IngestError) {
      const choice = sheetChoiceError(error.issue, lang);
      if (choice !== undefined) throw choice;
      const code = ingestExitCode(error.issue.code);
      throw new CliError(formatIssue(error.issue, lang), code);
    }
    throw error;
  }
}

/** Table names: the file names, or the paths as given when two files share a name. */
function tableNames(files: string[]): string[] {
  const names = files.map((f) => basename(f));
  return names.map((name, i) => (names.indexOf(name) !== names.lastIndexOf(name) ? (files[i] as string) : name));
}

async function runLink(files: string[], options: LinkCommandOptions, lang: Lang, io: Io): Promise<void> {
  const threshold = probabilityOption(options.threshold, "--threshold", lang);
  const reviewThreshold = probabilityOption(options.reviewThreshold, "--review-threshold", lang);
  if (reviewThreshold > threshold) {
    throw new CliError(t(lang, "link.bad_thresholds", { threshold, review: reviewThreshold }), ExitCode.usage);
  }
  const maxPairs = Number(options.maxPairs);
  if (!Number.isInteger(maxPairs) || maxPairs < 1) {
    throw new CliError(t(lang, "link.bad_max_pairs", { value: String(options.maxPairs) }), ExitCode.usage);
  }
  const names = tableNames(files);
  if (new Set(names).size !== names.length) {
    throw new CliError(t(lang, "link.same_file", { file: names.join(", ") }), ExitCode.usage);
  }
  const fields = options.fields
    ?.split(",")
    .map((f) => f.trim())
    .filter((f) => f !== "");

  const progress = createProgress(io, { quiet: options.quiet || options.json, lang });
  const inputs: LinkInput[] = [];
  try {
    for (const [i, file] of files.entries()) {
      progress.step(t(lang, "progress.reading", { file: names[i] as string }), i, files.length);
      const { table } = await read(
        resolveUserPath(io, file),
        file,
        lang,
        encodingOption(options.encoding, lang),
        options.sheet,
      );
      inputs.push({ name: names[i] as string, table: table.select(aq.not("_line")) });
    }
    const decisions = options.decisions === undefined ? undefined : await readDecisions(options.decisions, io, lang);

    let result: LinkResult;
    try {
      result = linkRecords(inputs, {
        fields,
        threshold,
        reviewThreshold,
        maxPairsPerRule: maxPairs,
        within: options.acrossOnly !== true,
        decisions,
        // pairs compared get a bar with the rate and time left; the other steps a step count
        onProgress: (step: LinkStep, done: number, total: number) =>
          step === "compare"
            ? progress.count(t(lang, "progress.link.compare"), done, total, "pairs")
            : progress.step(t(lang, `progress.link.${step}`), done, total),
      });
    } catch (error) {
      if (error instanceof LinkError) {
        const message = error.issues
          .filter((i) => i.severity === "error")
          .map((i) => formatIssue(i, lang))
          .join("; ");
        const usage = error.issues.some((i) => i.code === "link.field_not_found");
        throw new CliError(message, usage ? ExitCode.usage : ExitCode.badData);
      }
      throw error;
    }
    progress.end();
    await writeOutputs(result, inputs, options, lang, io);
  } finally {
    progress.end();
  }
}

async function readDecisions(file: string, io: Io, lang: Lang): Promise<ReviewDecision[]> {
  const { table } = await read(resolveUserPath(io, file), file, lang);
  const columns = table.columnNames();
  for (const needed of ["file_a", "record_a", "file_b", "record_b", "decision"]) {
    if (!columns.includes(needed))
      throw new CliError(t(lang, "link.bad_decisions", { file, column: needed }), ExitCode.config);
  }
  const col = (name: string) => table.array(name) as ArrayLike<unknown>;
  const [fa, ra, fb, rb, decision] = ["file_a", "record_a", "file_b", "record_b", "decision"].map(
    col,
  ) as ArrayLike<unknown>[];
  const out: ReviewDecision[] = [];
  for (let i = 0; i < table.numRows(); i++) {
    const cell = decision?.[i];
    // the reader types oui/non, yes/no as booleans
    const word = (typeof cell === "boolean" ? (cell ? "yes" : "no") : String(cell ?? "")).trim().toLowerCase();
    if (word === "" || word === "null") continue;
    const verdict = ACCEPT_WORDS.has(word) ? "accept" : REJECT_WORDS.has(word) ? "reject" : null;
    if (verdict === null) {
      throw new CliError(t(lang, "link.bad_decision_value", { file, value: word, line: i + 2 }), ExitCode.config);
    }
    out.push({
      a: `${String(fa?.[i]).trim()}:${String(ra?.[i]).trim()}`,
      b: `${String(fb?.[i]).trim()}:${String(rb?.[i]).trim()}`,
      decision: verdict,
    });
  }
  return out;
}

function splitKey(key: string): [string, number] {
  const colon = key.lastIndexOf(":");
  return [key.slice(0, colon), Number(key.slice(colon + 1))];
}

function pairsTable(pairs: LinkPair[], fieldNames: string[], withDecision: boolean): ColumnTable {
  const columns: Record<string, unknown[]> = {
    file_a: [],
    record_a: [],
    file_b: [],
    record_b: [],
    probability: [],
    weight: [],
    status: [],
  };
  for (const f of fieldNames) {
    columns[`${f}_level`] = [];
    columns[`${f}_weight`] = [];
  }
  if (withDecision) columns.decision = [];
  for (const pair of pairs) {
    const [fa, ra] = splitKey(pair.a);
    const [fb, rb] = splitKey(pair.b);
    columns.file_a?.push(fa);
    columns.record_a?.push(ra);
    columns.file_b?.push(fb);
    columns.record_b?.push(rb);
    columns.probability?.push(Math.round(pair.probability * 10000) / 10000);
    columns.weight?.push(pair.weight);
    columns.status?.push(pair.status);
    for (const c of pair.fields) {
      columns[`${c.field}_level`]?.push(c.level);
      columns[`${c.field}_weight`]?.push(c.weight);
    }
    if (withDecision) columns.decision?.push(null);
  }
  return aq.table(columns);
}

async function writeOutputs(
  result: LinkResult,
  inputs: LinkInput[],
  options: LinkCommandOptions,
  lang: Lang,
  io: Io,
): Promise<void> {
  const dir = resolveUserPath(io, options.out);
  const paths = {
    clusters: resolve(dir, "clusters.csv"),
    pairs: resolve(dir, "pairs.csv"),
    review: resolve(dir, "review.csv"),
    report: resolve(dir, "link-report.json"),
  };
  const file: string[] = [];
  const record: number[] = [];
  const cluster: string[] = [];
  inputs.forEach((input, t) => {
    const ids = result.clusterOf[t] ?? [];
    for (let i = 0; i < ids.length; i++) {
      file.push(input.name);
      record.push(i + 1);
      cluster.push(ids[i] as string);
    }
  });
  const fieldNames = result.report.fields.map((f) => f.field);
  try {
    const out = await openOutputFolder(dir, {
      command: "link",
      expect: Object.values(paths).map((p) => basename(p)),
      writer: io.writer,
    });
    sayPreviousOutput(out, io, lang);
    const csv = async (path: string, table: ColumnTable): Promise<void> => {
      await out.write(basename(path), toCSVChunks(table), table.numRows());
    };
    await csv(paths.clusters, aq.table({ file, record, cluster }));
    await csv(paths.pairs, pairsTable(result.pairs, fieldNames, false));
    await csv(paths.review, pairsTable(result.review, fieldNames, true));
    await out.write(basename(paths.report), `${JSON.stringify(result.report, null, 2)}\n`);
    await out.commit();
  } catch (error) {
    const failure = outputFailure(error, lang);
    if (failure !== error) throw failure;
    throw new CliError(t(lang, "link.cant_write", { dir, message: (error as Error).message }), ExitCode.cantWrite);
  }
  const r = result.report;
  const lines: string[] = [];
  for (const table of r.tables) {
    lines.push(
      t(lang, "link.summary_fields", {
        file: table.name,
        fields: table.fields.map((f) => `${f.column} (${f.kind})`).join(", "),
        how: t(lang, r.fieldsChosen === "auto" ? "link.fields_auto" : "link.fields_given"),
      }),
    );
  }
  for (const b of r.blocking) {
    lines.push(
      t(lang, b.refused ? "link.summary_rule_refused" : "link.summary_rule", { rule: b.rule, pairs: b.pairs }),
    );
  }
  for (const issue of r.issues) if (issue.severity === "warning") lines.push(`  - ${formatIssue(issue, lang)}`);
  lines.push(
    t(lang, "link.summary", {
      records: r.counts.records,
      files: r.tables.length,
      people: r.counts.clusters,
      merged: r.counts.recordsInSeveralRecordClusters,
      groups: r.counts.clustersWithSeveralRecords,
      compared: r.counts.pairsCompared,
      linked: r.counts.pairsLinked,
      review: r.counts.pairsReview,
      dir,
    }),
  );
  io.stderr(`${lines.join("\n")}\n`);
  io.stdout(
    options.json ? `${JSON.stringify({ paths, report: r }, null, 2)}\n` : `${Object.values(paths).join("\n")}\n`,
  );
}
