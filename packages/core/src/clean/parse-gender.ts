import { genderVocabulary } from "../locales/recognition/vocabularies/gender.js";
import { isBlank, type Parsed } from "./parsed.js";

/** The canonical genders. */
export type Gender = "female" | "male" | "other";

const plain = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\.$/, "");

/** Every spelling of the gender vocabulary (entry ids are the genders). */
const GENDERS: Record<string, Gender> = {};
for (const entry of genderVocabulary.entries) {
  for (const term of [entry.label.fr, entry.label.en, ...entry.variants.fr, ...entry.variants.en])
    GENDERS[plain(term)] = entry.id as Gender;
}

/**
 * Reads a gender or civility cell ("F", "Femme", "Mme", "H", "Homme", "M.", "Autre", "Non-binaire")
 * into `"female"`, `"male"` or `"other"`. "Non renseigné" and similar count as empty.
 *
 * @param value - a cell
 * @returns the gender, `null` when empty or undisclosed, or the code `clean.invalid_gender`
 * @example
 * parseGender("Mme") // => { ok: true, value: "female" }
 */
export function parseGender(value: unknown): Parsed<Gender> {
  if (isBlank(value)) return { ok: true, value: null };
  const text = plain(String(value));
  const gender = GENDERS[text];
  if (gender !== undefined) return { ok: true, value: gender };
  if (/^(non renseigne|nr|n\/a|na|inconnu|unknown|ne se prononce pas|prefer not to say|\?)$/.test(text))
    return { ok: true, value: null };
  return { ok: false, code: "clean.invalid_gender" };
}
