import type { ExitCode } from "./exit-codes.js";

/**
 * An error meant for the person at the terminal: already worded (in their language),
 * with what to do next, and the exit code to leave with. Never shown with a stack trace.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
