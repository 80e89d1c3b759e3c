import type { LocalText } from "./model.js";

const names = {
  fr: new Intl.DisplayNames(["fr"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};

/**
 * The name of a country in French and English from its ISO 3166-1 alpha-2 code ("SN" → Sénégal /
 * Senegal); any other text is shown as written, an empty one as "–".
 *
 * Why: core counts countries by code so that "Belgique", "BE" and "Belgium" are one country; the
 * report names them in the reader's language.
 *
 * @param code - an alpha-2 code, or a country as written in a file
 * @returns the name in both languages
 * @example
 * countryWords("BE") // => { fr: "Belgique", en: "Belgium" }
 */
export function countryWords(code: string): LocalText {
  if (code === "") return { fr: "–", en: "–" };
  if (!/^[A-Z]{2}$/.test(code)) return { fr: code, en: code };
  try {
    return { fr: names.fr.of(code) ?? code, en: names.en.of(code) ?? code };
  } catch {
    return { fr: code, en: code };
  }
}
