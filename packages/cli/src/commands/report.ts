import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isLang, type Lang, PrivacyError, type PseudonymKey } from "@solidata/core";
import { loadKey } from "@solidata/core/node";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { CliError } from "../cli-error.js";
import { loadConfig } from "../config/load-config.js";
import { type PeriodConfig, ReportConfig } from "../config/report-config.js";
import { encodingOption } from "../encoding-option.js";
import { ExitCode } from "../exit-codes.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { localReleaseKey } from "../report/local-release-key.js";
import type { ReleaseBasis } from "../report/model.js";
import { duckdbInstalled } from "../report/prepare-file-duckdb.js";
import { wordIssue } from "../report/word-issue.js";
import { resolveUserPath } from "../resolve-user-path.js";

/** Options of `solidata report` as commander parses them. */
interface ReportOptions {
  encoding?: string;
  config?: string;
  lang?: string;
  privacy?: string;
  out?: string;
  format?: string;
  period?: string;
  json?: boolean;
  quiet?: boolean;
  key?: string;
  exact?: boolean;
  engine?: string;
  sheet?: string;
}

/**
 * The key of a report: `--key FILE`, else what `SOLIDATA_KEY` names, else the configuration's
 * `privacy.key` (relative to the configuration file), else none when exact figures are asked for
 * (`--exact`, `privacy.method: exact`), else the release key kept in the user's solidata folder
 * (created on first use). A weak or unreadable key stops the command with exit 5; the key is never
 * printed (internal).
 */
async function reportKey(
  file: string | undefined,
  configKey: string | undefined,
  exact: boolean,
  io: Io,
  lang: Lang,
): Promise<{ key?: PseudonymKey; release: ReleaseBasis }> {
  const env = (io.env.SOLIDATA_KEY ?? "").trim();
  if (file === undefined && env === "" && configKey === undefined) {
    if (exact) return { release: "exact" };
    return { key: (await localReleaseKey(io.env, lang)).key, release: "local" };
  }
  try {
    if (file !== undefined) return { key: await loadKey({ file: resolve(io.cwd, file) }), release: "key" };
    if (env !== "") return { key: await loadKey({ env: io.env, cwd: io.cwd }), release: "key" };
    return { key: await loadKey({ file: configKey as string }), release: "key" };
  } catch (error) {
    if (error instanceof PrivacyError)
      throw new CliError(t(lang, "report.bad_key", { message: error.messageIn(lang) }), ExitCode.config);
    throw error;
  }
}

/**
 * Reads the `--period` option: a year, or two ISO dates joined by `..`.
 *
 * @param text - the option's value
 * @returns the period as the configuration holds it, or `null` when it is not understood
 * @example
 * parsePeriodOption("2025-01-01..2025-06-30") // => { from: "2025-01-01", to: "2025-06-30" }
 */
function parsePeriodOption(text: string): PeriodConfig | null {
  if (/^\d{4}$/.test(text)) return text;
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  return m?.[1] && m[2] ? { from: m[1], to: m[2] } : null;
}

const DEFAULT_CONFIGS = ["solidata.config.json", "solidata.config.yaml", "solidata.config.yml"];

/** Registers `solidata report`. */
export function registerReport(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("report")
    .description(t(lang, "report.help.description"))
    .argument("[files...]", t(lang, "cli.argument.files"))
    .option("--config <file>", t(lang, "report.help.config"))
    .option("--encoding <name>", t(lang, "cli.option.encoding"))
    .option("--sheet <sheet>", t(lang, "cli.option.sheet"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--privacy <profile>", t(lang, "report.help.privacy"))
    .option("--out <dir>", t(lang, "report.help.out"))
    .option("--format <list>", t(lang, "report.help.format"))
    .option("--period <period>", t(lang, "report.help.period"))
    .option("--key <file>", t(lang, "report.help.key"))
    .option("--exact", t(lang, "report.help.exact"))
    .option("--engine <engine>", t(lang, "report.help.engine"))
    .option("--json", t(lang, "cli.option.json"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .addHelpText("after", t(lang, "report.help.examples"))
    .action(async (files: string[], options: ReportOptions) => {
      let msgLang: Lang = options.lang && isLang(options.lang) ? options.lang : lang;
      if (options.lang !== undefined && !isLang(options.lang)) {
        throw new CliError(t(msgLang, "report.bad_lang", { lang: options.lang }), ExitCode.usage);
      }
      let raw: Record<string, unknown> = {};
      let configKey: string | undefined;
      let configExact = false;
      const configPath =
        options.config ?? DEFAULT_CONFIGS.map((f) => resolveUserPath(io, f)).find((f) => existsSync(f));
      if (configPath !== undefined) {
        const path = resolveUserPath(io, configPath);
        if (!existsSync(path)) throw new CliError(t(msgLang, "report.config_missing", { path }), ExitCode.config);
        const loaded = await loadConfig(path);
        if (!loaded.ok) {
          throw new CliError(loaded.issues.map((i) => wordIssue(i, msgLang)).join("\n  "), ExitCode.config);
        }
        raw = { ...loaded.value };
        if (!options.lang) msgLang = loaded.value.lang;
        // privacy.key (a path relative to the configuration file) is read from the file as written
        const written = parseYaml(await readFile(path, "utf8")) as {
          privacy?: { key?: unknown; method?: unknown };
        } | null;
        const privacyKey = written?.privacy?.key;
        if (typeof privacyKey === "string") configKey = resolve(dirname(path), privacyKey);
        configExact = written?.privacy?.method === "exact";
      }
      if (options.lang) raw.lang = options.lang;
      else if (configPath === undefined) raw.lang = msgLang;
      if (options.privacy !== undefined) {
        if (options.privacy !== "public" && options.privacy !== "internal") {
          throw new CliError(t(msgLang, "report.bad_privacy", { profile: options.privacy }), ExitCode.usage);
        }
        raw.privacy = options.privacy;
      }
      if (options.format !== undefined) {
        const formats = options.format
          .split(",")
          .map((f) => f.trim().toLowerCase())
          .filter(Boolean);
        const bad = formats.find((f) => f !== "html" && f !== "md" && f !== "json");
        if (bad !== undefined || formats.length === 0) {
          throw new CliError(t(msgLang, "report.bad_format", { format: bad ?? options.format }), ExitCode.usage);
        }
        raw.formats = formats;
      }
      if (options.period !== undefined) {
        const period = parsePeriodOption(options.period);
        if (period === null)
          throw new CliError(t(msgLang, "report.bad_period", { period: options.period }), ExitCode.usage);
        raw.period = period;
      }
      const parsed = ReportConfig.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(
          t(msgLang, "report.config_invalid", { key: issue?.path.join(".") ?? "", reason: issue?.message ?? "" }),
          ExitCode.config,
        );
      }
      const config = parsed.data;
      if (options.exact === true && options.key !== undefined)
        throw new CliError(t(msgLang, "report.exact_with_key"), ExitCode.usage);
      // --exact wins over the configuration's key; --key, SOLIDATA_KEY and privacy.key over privacy.method
      const { key, release } = await reportKey(
        options.key,
        options.exact === true ? undefined : configKey,
        options.exact === true || (configExact && configKey === undefined),
        options.exact === true ? { ...io, env: { ...io.env, SOLIDATA_KEY: "" } } : io,
        msgLang,
      );
      const encoding = encodingOption(options.encoding, msgLang);
      const engine = options.engine ?? "auto";
      if (engine !== "js" && engine !== "duckdb" && engine !== "auto")
        throw new CliError(t(msgLang, "report.bad_engine", { engine }), ExitCode.usage);
      if (engine === "duckdb" && !(await duckdbInstalled()))
        throw new CliError(t(msgLang, "report.engine_missing"), ExitCode.config);
      const sheet = options.sheet;
      const sources = (
        files.length > 0
          ? files.map((f) => ({ path: resolveUserPath(io, f), ...(sheet === undefined ? {} : { sheet }) }))
          : config.files.map((f) => (sheet === undefined || f.sheet !== undefined ? { ...f } : { ...f, sheet }))
      ).map((f) => (encoding === undefined ? f : { ...f, encoding }));
      // loaded here, not at start-up: only a report needs the charts (vega), `--help` does not
      const { runReport } = await import("../report/run-report.js");
      await runReport(io, {
        sources,
        config,
        lang: config.lang,
        outDir: options.out ?? "solidata-report",
        quiet: options.quiet === true,
        json: options.json === true,
        writtenCode: "report.written",
        ...(key ? { key } : {}),
        release,
        engine,
      });
    });
}
