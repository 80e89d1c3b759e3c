import type { Lang } from "@solidata/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import type { Io } from "../io.js";
import { type CliCode, t } from "../messages.js";
import type { OutputFolder, PreviousOutput } from "./open-output-folder.js";
import { OutputError } from "./output-error.js";

/** The message of each state of a previous output that is not whole. */
const PREVIOUS_CODES: Record<Exclude<PreviousOutput["state"], "none" | "complete">, CliCode> = {
  interrupted: "output.previous_interrupted",
  "no-manifest": "output.previous_no_manifest",
  mismatch: "output.previous_mismatch",
};

/**
 * Says on stderr what a previous run left in an output folder when it is not whole: temporary
 * files of an interrupted run (removed), files without a manifest, or files that do not match it.
 *
 * @param folder - from `openOutputFolder`
 * @param io - where to say it
 * @param lang - the language of the message
 * @returns true when something was said
 * @example
 * sayPreviousOutput(folder, io, "en") // => false (a complete or empty folder)
 */
export function sayPreviousOutput(folder: OutputFolder, io: Io, lang: Lang): boolean {
  const p = folder.previous;
  if (p.state === "none" || p.state === "complete") return false;
  const files = (p.state === "interrupted" ? p.temporary : p.files).join(", ");
  io.stderr(`${t(lang, PREVIOUS_CODES[p.state], { dir: folder.dir, files })}\n`);
  return true;
}

/**
 * Turns a failure to write an output into the error shown to the user: exit 7, naming the path and
 * the reason; any other error is returned as it is.
 *
 * @param error - what the writer threw
 * @param lang - the language of the message
 * @returns a CliError (exit 7) for an OutputError, else the error unchanged
 * @example
 * outputFailure(new OutputError("out/clean.csv", "ENOSPC"), "en").exitCode // => 7
 */
export function outputFailure(error: unknown, lang: Lang): unknown {
  if (error instanceof OutputError) {
    return new CliError(t(lang, "output.cant_write", { path: error.path, reason: error.reason }), ExitCode.cantWrite);
  }
  return error;
}
