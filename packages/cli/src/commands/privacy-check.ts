import { basename } from "node:path";
import {
  DIRECT_IDENTIFIERS,
  enforceKAnonymity,
  formatMessage,
  generaliseQuasiIdentifiers,
  IngestError,
  type Issue,
  isDirectIdentifierName,
  isLang,
  type KAnonymityReport,
  KStrategy,
  kAnonymity,
  type Lang,
  mapHeaders,
  minimise,
  type QuasiIdentifier,
  suggestQuasiIdentifiers,
  toCSV,
} from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { sheetChoiceError } from "../ingest/sheet-choice-error.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { OutputError } from "../output/output-error.js";
import { writeFileAtomic } from "../output/write-file-atomic.js";
import { resolveUserPath } from "../resolve-user-path.js";

/** Largest share of records that may still be at risk after generalisation for a file to be released. */
const RELEASE_RISK = 0.03;

interface PrivacyCheckOptions {
  quasi?: string;
  k: string;
  apply?: string;
  out?: string;
  keep?: string;
  json?: boolean;
  lang?: string;
  sheet?: string;
}

/**
 * Registers `solidata privacy-check <file> [--quasi a,b,c] [--k 5] [--apply suppress|generalise]
 * [--out FILE] [--keep cols] [--sheet NAME|N] [--json] [--lang fr|en]`.
 *
 * Reports the records that are unique or rare on the quasi-identifiers (by line number only, never
 * their values); without `--quasi` it suggests them (age or birth date, gender, postcode, commune,
 * dates, nationality) and says which. Exit code 6 when k-anonymity does not hold and nothing was
 * applied. With `--apply`, makes the file k-anonymous (`generalise` first coarsens every
 * quasi-identifier consistently: commune with postcode, birth date with age), logs every change on
 * stderr and writes the protected file through core's CSV writer (formulas neutralised, without
 * direct identifiers unless `--keep` names them) to `--out` or stdout. It refuses the release
 * (exit 6, nothing written) when more than 3 % of the records were still at risk after
 * generalisation (they needed values blanked or were removed). A workbook with several sheets of
 * data needs `--sheet` (exit 2 without it).
 */
export function registerPrivacyCheck(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("privacy-check")
    .description(t(lang, "privacy.check.description"))
    .argument("<file>", t(lang, "privacy.argument.file"))
    .option("--quasi <columns>", t(lang, "privacy.option.quasi"))
    .option("--k <k>", t(lang, "privacy.option.k"), "5")
    .option("--apply <strategy>", t(lang, "privacy.option.apply"))
    .option("--out <file>", t(lang, "privacy.option.out"))
    .option("--keep <columns>", t(lang, "privacy.option.keep"))
    .option("--sheet <sheet>", t(lang, "cli.option.sheet"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--json", t(lang, "cli.option.json"))
    .addHelpText("after", `${t(lang, "privacy.check.examples")}${t(lang, "privacy.check.help")}`)
    .action(async (file: string, options: PrivacyCheckOptions) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      await runPrivacyCheck(file, options, io, language);
    });
}

async function runPrivacyCheck(file: string, options: PrivacyCheckOptions, io: Io, lang: Lang): Promise<void> {
  const k = Number(options.k);
  if (!Number.isInteger(k) || k < 2)
    throw new CliError(t(lang, "privacy.check.bad_k", { value: options.k }), ExitCode.usage);
  const quasi =
    options.quasi === undefined
      ? null
      : options.quasi
          .split(",")
          .map((c) => c.trim())
          .filter((c) => c !== "");
  if (quasi !== null && quasi.length === 0) throw new CliError(t(lang, "privacy.check.no_quasi"), ExitCode.usage);
  let strategy: KStrategy | undefined;
  if (options.apply !== undefined) {
    if (options.apply !== KStrategy.suppress && options.apply !== KStrategy.generalise) {
      throw new CliError(t(lang, "privacy.check.bad_apply", { value: options.apply }), ExitCode.usage);
    }
    strategy = options.apply;
  }

  const path = resolveUserPath(io, file);
  const { table, report: ingest } = await readInput(path, lang, options.sheet);
  const fileName = ingest.file ?? basename(path);
  const columns = table.columnNames().filter((c) => c !== "_line");
  const suggested = suggestQuasiIdentifiers(table);
  let resolved: string[];
  if (quasi === null) {
    resolved = suggested.map((q) => q.column);
    if (resolved.length === 0) throw new CliError(t(lang, "privacy.check.no_quasi"), ExitCode.usage);
    io.stderr(`${t(lang, "privacy.check.suggested", { columns: resolved.join(", ") })}\n`);
  } else {
    resolved = quasi.map((name) => {
      const found =
        columns.find((c) => c === name) ?? columns.find((c) => c.trim().toLowerCase() === name.toLowerCase());
      if (!found) {
        throw new CliError(
          t(lang, "privacy.check.unknown_column", { column: name, columns: columns.join(", ") }),
          ExitCode.usage,
        );
      }
      return found;
    });
  }

  const before = kAnonymity(table, { quasi: resolved, k });
  const summary = describe(before, fileName, lang);
  if (!strategy) {
    if (options.json) io.stdout(`${JSON.stringify(reportJson(before, fileName), null, 2)}\n`);
    io.stderr(summary);
    if (!before.holds) throw new CliError(t(lang, "privacy.check.fails", failParams(before)), ExitCode.dataCheck);
    return;
  }

  // generalise: every quasi-identifier coarsened consistently first (commune with postcode, birth date with age)
  const roles: QuasiIdentifier[] = suggested.filter((q) => resolved.includes(q.column));
  // the first level (1: bands, decades, months, départements; 2: broad bands, 20 years, years; 3: dates
  // and ages removed) that leaves at most 3 % of the records at risk, else the coarsest
  let prepared = { table, changes: [] as ReturnType<typeof generaliseQuasiIdentifiers>["changes"] };
  if (strategy === KStrategy.generalise) {
    for (const level of [1, 2, 3] as const) {
      prepared = generaliseQuasiIdentifiers(table, roles, level);
      const risk = kAnonymity(prepared.table, { quasi: resolved, k }).recordsAtRisk;
      if (risk <= RELEASE_RISK * before.records) break;
    }
  }
  const enforced = enforceKAnonymity(prepared.table, { quasi: resolved, k, strategy });
  // records still rare after generalisation: they lost values or were removed
  const touched = new Set(enforced.changes.flatMap((c) => (c.kind === "generalise" ? [] : [c.row])));
  const share = before.records === 0 ? 0 : touched.size / before.records;
  io.stderr(summary);
  if (share > RELEASE_RISK) {
    throw new CliError(
      t(lang, "privacy.check.refused", {
        atRisk: touched.size,
        records: before.records,
        percent: Math.round(share * 1000) / 10,
        limit: RELEASE_RISK * 100,
      }),
      ExitCode.dataCheck,
    );
  }
  const keep = (options.keep ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const identifiers = directIdentifierColumns(columns).filter((c) => !resolved.includes(c) && !keep.includes(c));
  const minimised = minimise(enforced.table.select(columns.filter((c) => !identifiers.includes(c))), {
    keep: [...resolved, ...keep],
    profile: "internal",
  });
  const dropped = [...identifiers, ...minimised.dropped];
  const output = minimised.table;

  for (const change of prepared.changes) {
    io.stderr(`  ${formatMessage("privacy.generalised", lang, { ...change })}\n`);
  }
  for (const issue of enforced.issues) {
    const text = formatChange(issue, lang);
    io.stderr(`  ${text}\n`);
  }
  const counts = {
    changes: prepared.changes.length + enforced.changes.length,
    generalised: prepared.changes.length + enforced.changes.filter((c) => c.kind === "generalise").length,
    cells: enforced.changes.filter((c) => c.kind === "suppress-cell").length,
    removed: enforced.removed.numRows(),
  };
  io.stderr(`${t(lang, "privacy.check.applied", counts)}\n`);
  // every quasi-identifier with the number of its values blanked by local suppression (0 included)
  const suppressedByColumn: Record<string, number> = Object.fromEntries(resolved.map((c) => [c, 0]));
  for (const change of enforced.changes) {
    if (change.kind === "suppress-cell")
      suppressedByColumn[change.column] = (suppressedByColumn[change.column] ?? 0) + 1;
  }
  const perColumn = Object.entries(suppressedByColumn)
    .map(([column, count]) => `${column} ${count}`)
    .join(", ");
  io.stderr(`${t(lang, "privacy.check.suppressed_by_column", { quasi: resolved.join(", "), columns: perColumn })}\n`);
  if (dropped.length > 0) io.stderr(`${t(lang, "privacy.check.dropped", { columns: dropped.join(", ") })}\n`);

  // the project's one CSV writer: formulas neutralised, identifiers as text
  const csv = toCSV(output, { delimiter: ingest.delimiter ?? "," });
  if (options.out) {
    const target = resolveUserPath(io, options.out);
    try {
      await writeFileAtomic(target, csv, io.writer);
    } catch (error) {
      const reason = error instanceof OutputError ? error.reason : ((error as NodeJS.ErrnoException).code ?? "error");
      throw new CliError(t(lang, "privacy.check.cant_write", { path: target, reason }), ExitCode.cantWrite);
    }
    io.stderr(`${t(lang, "privacy.check.written", { path: target })}\n`);
    if (options.json) {
      const json = {
        ...reportJson(before, fileName),
        applied: strategy,
        after: reportJson(enforced.after, fileName),
        changes: enforced.changes.map(changeJson),
        suppressedByColumn,
        dropped,
        out: target,
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
  } else {
    io.stdout(csv);
  }
}

async function readInput(path: string, lang: Lang, sheet?: string) {
  try {
    return await loadTable(path, sheet === undefined ? {} : { sheet });
  } catch (error) {
    if (error instanceof IngestError) {
      const issue = error.issue;
      const choice = sheetChoiceError(issue, lang);
      if (choice !== undefined) throw choice;
      const code =
        issue.code === "ingest.file_not_found" || issue.code === "ingest.file_unreadable"
          ? ExitCode.noInput
          : ExitCode.badData;
      throw new CliError(formatMessage(issue.code, lang, issue.params ?? {}), code);
    }
    throw error;
  }
}

function failParams(report: KAnonymityReport): Record<string, number> {
  return { atRisk: report.recordsAtRisk, rare: report.rare.length, k: report.k };
}

function describe(report: KAnonymityReport, file: string, lang: Lang): string {
  const lines = [
    t(lang, "privacy.check.summary", {
      file,
      records: report.records,
      classes: report.classes,
      quasi: report.quasi.join(", "),
      smallest: report.smallestClass,
      k: report.k,
    }),
  ];
  if (report.holds) lines.push(t(lang, "privacy.check.holds", { others: report.k - 1 }));
  else {
    for (const rare of report.rare.slice(0, 50)) {
      lines.push(t(lang, "privacy.check.rare", { lines: rare.lines.join(", "), size: rare.size }));
    }
    if (report.rare.length > 50) lines.push(`  … (${report.rare.length - 50})`);
  }
  return `${lines.join("\n")}\n`;
}

/** The report without any value of the records: sizes and lines only. */
function reportJson(report: KAnonymityReport, file: string) {
  return {
    file,
    k: report.k,
    quasi: report.quasi,
    records: report.records,
    classes: report.classes,
    smallestClass: report.smallestClass,
    holds: report.holds,
    recordsAtRisk: report.recordsAtRisk,
    rare: report.rare.map((r) => ({ size: r.size, lines: r.lines })),
  };
}

function changeJson(change: ReturnType<typeof enforceKAnonymity>["changes"][number]) {
  if (change.kind === "suppress-cell") return { kind: change.kind, line: change.line, column: change.column };
  return change;
}

/** Words a change of enforceKAnonymity with core's catalogue (privacy.* codes). */
function formatChange(issue: Pick<Issue, "code" | "line" | "params">, lang: Lang): string {
  return formatMessage(issue.code, lang, { ...issue.params, line: issue.line });
}

/** Columns whose header maps to a direct identifier of a canonical schema (names, e-mail, phone, address, birth date). */
function directIdentifierColumns(headers: string[]): string[] {
  const direct = new Set<string>(DIRECT_IDENTIFIERS);
  const found = new Set<string>();
  for (const schema of ["beneficiaries", "volunteers"] as const) {
    for (const match of mapHeaders(headers, schema).matches) {
      if (match.field && direct.has(match.field)) found.add(match.header);
    }
  }
  for (const header of headers) if (direct.has(header) || isDirectIdentifierName(header)) found.add(header);
  return headers.filter((h) => found.has(h));
}
