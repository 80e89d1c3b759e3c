import { isBlank, type Parsed } from "./parsed.js";

/** The canonical genders. */
export type Gender = "female" | "male" | "other";

const GENDERS: Record<string, Gender> = {};
for (const w of [
  "f",
  "femme",
  "feminin",
  "female",
  "woman",
  "w",
  "mme",
  "madame",
  "mlle",
  "mademoiselle",
  "fille",
  "girl",
])
  GENDERS[w] = "female";
for (const w of ["h", "m", "homme", "masculin", "male", "man", "mr", "monsieur", "garcon", "boy"]) GENDERS[w] = "male";
for (const w of [
  "autre",
  "other",
  "non binaire",
  "non-binaire",
  "nonbinaire",
  "nb",
  "non-binary",
  "x",
  "diverse",
  "divers",
])
  GENDERS[w] = "other";

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
  const text = String(value)
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\.$/, "");
  const gender = GENDERS[text];
  if (gender !== undefined) return { ok: true, value: gender };
  if (/^(non renseigne|nr|n\/a|na|inconnu|unknown|ne se prononce pas|prefer not to say|\?)$/.test(text))
    return { ok: true, value: null };
  return { ok: false, code: "clean.invalid_gender" };
}
