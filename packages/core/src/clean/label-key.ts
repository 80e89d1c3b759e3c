import { labelTokens } from "./label-tokens.js";

/**
 * The comparison key of a category label: two labels with the same key are the same label written
 * differently, and {@link cleanTable} merges them without review. Case, accents, spaces and
 * punctuation are folded; French and English stop words (de, du, des, d', aux, au, à, la, le, les, l',
 * et, pour, en; the, of, and, for, a, an, to) are left out, except at the end ("Groupe A"); "/", "-", "&", "+" and "et" are equivalent;
 * plural and singular, masculine and feminine endings are equal ("Aide aux devoirs" = "aide devoir",
 * "Fermée" = "Fermé", "Active" = "Actif"); word order does not matter. Abbreviations ("alim." for
 * "alimentaire") are not in the key: {@link clusterLabels} matches them word by word.
 *
 * Why: the same activity typed five ways splits every count and every chart by category.
 *
 * @param label - a label as typed
 * @returns the key: the distinct word stems in alphabetical order, separated by one space; `""` for a label without letters or digits
 * @example
 * labelKey("Accueil/orientation") === labelKey("accueil et orientation") // => true
 * labelKey("Distributions alimentaires") // => "alimentair distribution"
 */
export function labelKey(label: string): string {
  return [...new Set(labelTokens(label).map((t) => t.stem))].sort().join(" ");
}
