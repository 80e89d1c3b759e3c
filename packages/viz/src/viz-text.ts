import type { Lang } from "@solidata/core";
import { type VizCode, vizEn } from "./locales/en.js";
import { vizFr } from "./locales/fr.js";

export type { VizCode } from "./locales/en.js";

/**
 * Every text the charts write (titles, subtitles, descriptions, labels), in French and English.
 * The catalogues live in `locales/en.ts` and `locales/fr.ts`; `{name}` placeholders are filled by
 * {@link vizText}.
 *
 * @example
 * vizMessages.fr.noData // => "pas de valeur"
 */
export const vizMessages: { readonly en: typeof vizEn; readonly fr: Record<VizCode, string> } = {
  en: vizEn,
  fr: vizFr,
};

/** The key of a chart text (see {@link VizCode}). */
export type VizMessage = VizCode;

/**
 * One chart text in a language, with its `{name}` placeholders filled.
 *
 * Why: builders write titles and descriptions in the reader's language from one catalogue.
 *
 * @param lang - `"fr"` or `"en"`
 * @param key - a key of {@link vizMessages}
 * @param params - values for the placeholders; a missing one stays as `{name}`
 * @returns the text
 * @throws never
 * @example
 * vizText("fr", "source", { source: "Registre" }) // => "Source : Registre"
 */
export function vizText(lang: Lang, key: VizMessage, params: Record<string, string | number> = {}): string {
  const template: string = vizMessages[lang === "en" ? "en" : "fr"][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
