import type { MessageCode } from "@solidata/core";
import { ExitCode } from "../exit-codes.js";

/** Core's reading errors that mean the file could not be opened or read, not that its data is bad. */
const NO_INPUT: ReadonlySet<string> = new Set(["ingest.file_not_found", "ingest.file_unreadable"]);

/**
 * The exit code of a command stopped by a reading error of core: 3 (`noInput`) when the file is
 * missing or cannot be read (a folder, no permission), 4 (`badData`) when its content cannot be used
 * as data (empty, binary, corrupted). Why: the README's table of exit codes promises that split to
 * scripts, and every command reading a file must keep it.
 *
 * @param code - the code of the `IngestError`'s issue
 * @returns the exit code
 * @example
 * ingestExitCode("ingest.file_unreadable") // => 3
 * ingestExitCode("ingest.binary_file") // => 4
 */
export function ingestExitCode(code: MessageCode | string): ExitCode {
  return NO_INPUT.has(code) ? ExitCode.noInput : ExitCode.badData;
}
