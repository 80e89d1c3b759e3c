import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.js";
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
    .version(VERSION, "-V, --version")
    .showHelpAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerCommands(program, io);
  return program;
}

const VERSION = "0.1.0";

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Errors are printed as one clear message on stderr, never as a stack trace.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  const lang = detectLang(io.env, argv);
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
