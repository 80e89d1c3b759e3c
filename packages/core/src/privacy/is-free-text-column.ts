import { FREE_TEXT_HEADER_WORDS } from "../locales/recognition/free-text-header-words.js";

const WORDS = new Set(FREE_TEXT_HEADER_WORDS);

/** Values looked at, at most (the first ones that are not empty). */
const SAMPLE = 1000;

/**
 * Whether a column holds free text about people (notes, comments, observations): by its header's
 * words ("Notes", "Commentaire du travailleur social", "observations"), or by its values — most of
 * them sentences of four words or more, mostly different from each other (a category such as
 * "Couple avec enfants" repeats and is short).
 *
 * Why: a note such as "enceinte, violences conjugales" is the most sensitive cell of a register;
 * it must never become a category of a chart, an example on a profile page or a line of a report.
 *
 * @param name - the column header as read
 * @param values - the column's values (optional: the header alone decides without them)
 * @returns `true` when the column is free text
 * @example
 * isFreeTextColumn("Remarques") // => true
 * isFreeTextColumn("Situation", ["Personne seule", "Couple avec enfants", "Personne seule"]) // => false
 * isFreeTextColumn("Suivi", ["appelée le 3, rappeler lundi", "ne vient plus depuis mars, voir avec Sami", "dossier CAF en cours de montage"]) // => true
 */
export function isFreeTextColumn(name: string, values?: ArrayLike<unknown>): boolean {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  if (words.some((w) => WORDS.has(w))) return true;
  if (values === undefined) return false;
  let seen = 0;
  let sentences = 0;
  const distinct = new Set<string>();
  for (let i = 0; i < values.length && seen < SAMPLE; i++) {
    const v = values[i];
    if (typeof v !== "string") continue;
    const text = v.trim();
    if (text === "") continue;
    seen++;
    distinct.add(text);
    if (text.split(/\s+/).length >= 4) sentences++;
  }
  return seen >= 3 && sentences >= 0.5 * seen && distinct.size >= 0.5 * seen;
}
