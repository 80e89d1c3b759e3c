import { isLang, type Lang, PrivacyError } from "@solidata/core";
import { loadKey, writeKeyFile } from "@solidata/core/node";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import type { Io } from "../io.js";
import { detectLang, t } from "../messages.js";
import { resolveUserPath } from "../resolve-user-path.js";

/** Default name of the key file, in the current directory. */
const DEFAULT_KEY_FILE = "solidata.key";

/**
 * Registers `solidata key new [--out FILE]`: writes a new random 256-bit pseudonymisation key to a
 * file only its owner can read (mode 0600), refuses to replace an existing file (exit 5), prints
 * the path on stdout (never the key) and, on stderr, how to keep the key safe.
 * Also `solidata key check [--key FILE]`: loads the key (file, else SOLIDATA_KEY) and prints its
 * fingerprint, so two runs can be checked to use the same key; exit 5 when missing or weak.
 */
export function registerKey(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  const key = program
    .command("key")
    .description(t(lang, "key.description"))
    .addHelpText("after", t(lang, "key.help.examples"));
  key
    .command("new")
    .description(t(lang, "key.new.description"))
    .option("--out <file>", t(lang, "key.option.out"), DEFAULT_KEY_FILE)
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--json", t(lang, "cli.option.json"))
    .action(async (options: { out: string; lang?: string; json?: boolean }) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      const path = resolveUserPath(io, options.out);
      try {
        await writeKeyFile(path);
      } catch (error) {
        if (error instanceof PrivacyError) {
          const code = error.code === "privacy.key_exists" ? ExitCode.config : ExitCode.cantWrite;
          throw new CliError(error.messageIn(language), code);
        }
        throw error;
      }
      io.stdout(options.json ? `${JSON.stringify({ path })}\n` : `${path}\n`);
      io.stderr(`${t(language, "key.new.written", { path })}\n${t(language, "key.new.advice", { path })}\n`);
    });
  key
    .command("check")
    .description(t(lang, "key.check.description"))
    .option("--key <file>", t(lang, "key.option.key"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .option("--json", t(lang, "cli.option.json"))
    .action(async (options: { key?: string; lang?: string; json?: boolean }) => {
      const language: Lang = isLang(options.lang) ? options.lang : lang;
      const file = options.key === undefined ? undefined : resolveUserPath(io, options.key);
      let id: string;
      try {
        id = (await loadKey(file === undefined ? { env: io.env, cwd: io.cwd } : { file })).id;
      } catch (error) {
        if (error instanceof PrivacyError) throw new CliError(error.messageIn(language), ExitCode.config);
        throw error;
      }
      const source = file ?? "SOLIDATA_KEY";
      io.stdout(options.json ? `${JSON.stringify({ source, id })}\n` : `${id}\n`);
      io.stderr(`${t(language, "key.check.ok", { source, id })}\n`);
    });
}
