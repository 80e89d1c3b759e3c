import { isLang } from "@solidata/core";
import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.js";
import { localizeCommander } from "./commander-words.js";
import { registerCommands } from "./commands/index.js";
import { ExitCode } from "./exit-codes.js";
import type { Io } from "./io.js";
import { paint } from "./io.js";
import { detectLang, t } from "./messages.js";

/** Builds the `solidata` program with every command registered, writing to the given streams. */
export function buildProgram(io: Io): Command {
  const lang = detectLang(io.env);
  const program = new Command("solidata");
  program
    .description(t(lang, "cli.description"))
    .version(VERSION, "-V, --version", t(lang, "cli.option.version"))
    .showHelpAfterError(t(lang, "cli.help_after_error"))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  localizeCommander(program, lang, io.stderr);
  registerCommands(program, io);
  return program;
}

/** The value given to `--lang` on a command line, when there is one (internal). */
function langArgument(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
}

const VERSION = "0.1.0";

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Errors are printed as one clear message on stderr, never as a stack trace.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const lang = detectLang(io.env, argv);
  const asked = langArgument(argv);
  if (asked !== undefined && !isLang(asked)) {
    io.stderr(`${paint(io, "red", t(lang, "cli.error"))} ${t(lang, "cli.bad_lang", { lang: asked ?? "" })}\n`);
    return ExitCode.usage;
  }
  // --lang anywhere on the line (even after --help) sets the language of every text, commander's too
  const program = buildProgram(asked === undefined ? io : { ...io, env: { ...io.env, SOLIDATA_LANG: asked } });
  try {
    await program.parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
      if (error.code === "commander.help") return ExitCode.ok;
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`${paint(io, "red", t(lang, "cli.error"))} ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${paint(io, "red", t(lang, "cli.error"))} ${t(lang, "cli.internal", { message })}\n`);
    if (io.env.SOLIDATA_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return ExitCode.internal;
  }
}
