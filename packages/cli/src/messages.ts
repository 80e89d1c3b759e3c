import { isLang, type Lang } from "@solidata/core";
import { type CliCode, cliEn } from "./locales/cli-en.js";
import { cliFr } from "./locales/cli-fr.js";

export type { CliCode } from "./locales/cli-en.js";

/** The CLI's own texts, in English and French. `{name}` marks a parameter. */
export const cliMessages: Record<Lang, Record<string, string>> = { en: cliEn, fr: cliFr };

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

/** A CLI text in the given language, with `{name}` placeholders filled. */
export function t(lang: Lang, code: CliCode | (string & {}), params: Record<string, string | number> = {}): string {
  const template = cliMessages[lang][code] ?? cliMessages.en[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
