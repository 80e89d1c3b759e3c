import type { Lang } from "@solidata/core";
import type { LocalText } from "../report/model.js";
import { type ReportCode, reportEn } from "./report-en.js";
import { reportFr } from "./report-fr.js";

const catalogues: Record<Lang, Record<ReportCode, string>> = { en: reportEn, fr: reportFr };

/** Whether a string is a code of the report's words. */
export function isReportCode(code: string): code is ReportCode {
  return Object.hasOwn(reportEn, code);
}

/** The report's words for a code in one language, parameters filled in (`{name}`). */
export function word(lang: Lang, code: ReportCode, params: Record<string, string | number> = {}): string {
  return catalogues[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The report's words for a code in both languages; parameters may differ by language. */
export function words(
  code: ReportCode,
  params: Record<string, string | number> | Record<Lang, Record<string, string | number>> = {},
): LocalText {
  const byLang = (lang: Lang): Record<string, string | number> =>
    "fr" in params && typeof params.fr === "object"
      ? (params as Record<Lang, Record<string, string | number>>)[lang]
      : (params as Record<string, string | number>);
  return { fr: word("fr", code, byLang("fr")), en: word("en", code, byLang("en")) };
}

/** The words for a code built at run time (`field.<name>`), with a fallback code when there is none. */
export function wordsOr(code: string, fallback: ReportCode): LocalText {
  return words(isReportCode(code) ? code : fallback);
}
