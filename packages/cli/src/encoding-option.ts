import type { Lang, TextEncoding } from "@solidata/core";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-codes.js";
import { t } from "./messages.js";

/** Names accepted by `--encoding`, lower-cased, with the encoding each one means. */
const NAMES: Record<string, TextEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso-8859-15": "windows-1252",
  latin1: "windows-1252",
  "latin-1": "windows-1252",
};

/**
 * Reads the value of `--encoding`: UTF-8, UTF-16LE/BE or Windows-1252 under their usual names
 * (Latin-1 and ISO-8859-1/15 are read as Windows-1252, their superset for French text).
 *
 * Why: the option overrides the detection when a file's encoding is known (`inspect`, `clean`,
 * `report`, `link` take it).
 *
 * @param value - the option's value, or undefined when it was not given
 * @param lang - language of the error message
 * @returns the encoding, or undefined when the option was not given
 * @throws CliError (exit 2) naming the value and the accepted names
 * @example
 * encodingOption("latin1", "en") // => "windows-1252"
 */
export function encodingOption(value: string | undefined, lang: Lang): TextEncoding | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLowerCase();
  if (!Object.hasOwn(NAMES, key)) {
    throw new CliError(t(lang, "cli.bad_encoding", { encoding: value }), ExitCode.usage);
  }
  return NAMES[key];
}
