import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, relative } from "node:path";
import { detectKind, formatIssue, fromCSV, type Issue, isLang, kindRefusal, type Lang } from "@solidata/core";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { isFileKind } from "../config/report-config.js";
import { type StarterFile, starterConfig } from "../config/starter-config.js";
import { ExitCode } from "../exit-codes.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { resolveUserPath } from "../resolve-user-path.js";

/**
 * The kind and columns of a file, from its headers and first rows (internal); `refusal` when the
 * kind cannot be told (score below `KIND_THRESHOLD` or a tie): `init` then stops.
 */
async function sniff(path: string): Promise<Pick<StarterFile, "kind" | "columns"> & { refusal?: Issue }> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    const { table } = fromCSV(bytes, { file: basename(path), sampleRows: 50 });
    const columns = table.columnNames().filter((c) => c !== "_line");
    const detected = detectKind(table);
    if (detected.kind === null) return { kind: null, columns, refusal: kindRefusal(detected, basename(path)) };
    return { kind: isFileKind(detected.kind) ? detected.kind : null, columns };
  } catch {
    return { kind: null };
  }
}

/** Registers `solidata init`. */
export function registerInit(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("init")
    .description(t(lang, "init.help.description"))
    .argument("[files...]", t(lang, "cli.argument.files"))
    .option("--out <file>", t(lang, "init.help.out"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--force", t(lang, "init.help.force"))
    .addHelpText("after", t(lang, "init.help.examples"))
    .action(async (files: string[], options: { out?: string; lang?: string; force?: boolean }) => {
      if (options.lang !== undefined && !isLang(options.lang)) {
        throw new CliError(t(lang, "report.bad_lang", { lang: options.lang }), ExitCode.usage);
      }
      const initLang: Lang = options.lang && isLang(options.lang) ? options.lang : lang;
      const out = resolveUserPath(io, options.out ?? "solidata.config.yaml");
      if (existsSync(out) && !options.force)
        throw new CliError(t(initLang, "init.exists", { path: out }), ExitCode.cantWrite);
      const starters: StarterFile[] = [];
      const refused: string[] = [];
      for (const file of files) {
        const path = resolveUserPath(io, file);
        if (!existsSync(path))
          throw new CliError(t(initLang, "report.input_missing", { file, cwd: io.cwd }), ExitCode.noInput);
        const { refusal, ...found } = await sniff(path);
        if (refusal) refused.push(t(initLang, "clean.kind_refused", { file, message: formatIssue(refusal, initLang) }));
        starters.push({ path: relative(dirname(out), path) || basename(path), ...found });
      }
      // a kind that cannot be told is the user's choice to make, before any configuration is written
      if (refused.length > 0) throw new CliError(refused.join("\n"), ExitCode.config);
      const text = starterConfig(starters, {
        lang: initLang,
        file: relative(io.cwd, out) || basename(out),
        schema: "./node_modules/@solidata/cli/schema/config.schema.json",
      });
      try {
        await writeFile(out, text, "utf8");
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(t(initLang, "report.cant_write", { dir: dirname(out), reason }), ExitCode.cantWrite);
      }
      io.stderr(`${t(initLang, "init.written", { path: relative(io.cwd, out) || out })}\n`);
    });
}
