import { type Issue, isLang, type Lang, type MessageCode } from "@solidata/core";
import { type CliCode, cliEn } from "./locales/cli-en.js";
import { cliFr } from "./locales/cli-fr.js";

export type { CliCode } from "./locales/cli-en.js";

/**
 * A problem the CLI reports: one of core's, passed on with its {@link MessageCode}, or one of its
 * own with a {@link CliCode} (`report.bad_logo`, `report.config_invalid`…). `wordIssue` words both.
 */
export type CliIssue = Issue<CliCode | MessageCode>;

/** The CLI's own texts, in English and French. `{name}` marks a parameter. */
export const cliMessages: Record<Lang, Record<CliCode, string>> = { en: cliEn, fr: cliFr };

/**
 * Whether a string is a code of the CLI's texts: the check a code read from outside (or built
 * from data) passes before it is used as a {@link CliCode}.
 *
 * @param code - any string
 * @returns `true` when the English catalogue (and so the French one) has it
 * @example
 * isCliCode("inspect.html.title") // => true
 * isCliCode("ingest.ragged_row") // => false (a code of core)
 */
export function isCliCode(code: string): code is CliCode {
  return Object.hasOwn(cliEn, code);
}

/**
 * Picks the language: `--lang` in argv, then SOLIDATA_LANG, then LC_ALL/LANG (French when they start with `fr`), else English.
 */
export function detectLang(env: Record<string, string | undefined>, argv: string[] = []): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
    if (isLang(value)) return value;
  }
  if (isLang(env.SOLIDATA_LANG)) return env.SOLIDATA_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/**
 * A CLI text in the given language, with `{name}` placeholders filled. Only a {@link CliCode}
 * compiles; a code built at run time is checked with {@link isCliCode} first.
 *
 * @param lang - `"fr"` or `"en"`
 * @param code - a code of the CLI's catalogue
 * @param params - values of the `{name}` placeholders
 * @returns the text
 * @example
 * t("fr", "inspect.html.title", { file: "a.csv" }) // => "Profil de a.csv"
 */
export function t(lang: Lang, code: CliCode, params: Record<string, string | number> = {}): string {
  // the French table is typed by the English one; a plain JavaScript caller gets an unknown code back
  const template: string = cliMessages[lang][code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
