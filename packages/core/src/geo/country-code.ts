import { COUNTRY_NAMES } from "../locales/recognition/country-names.js";

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) for (const n of names) BY_NAME.set(n, code);

/**
 * Reads a country cell as an ISO 3166-1 alpha-2 code: French and English names ("Belgique",
 * "Belgium", "États-Unis"), two- and three-letter codes ("BE", "BEL"); French overseas
 * départements ("Guadeloupe", "La Réunion", "Mayotte") and Corsica are `"FR"`. Why: the country of a
 * row decides how its postcode is read, and a Belgian 1000 must not become the French 01000.
 *
 * @param value - a cell
 * @returns the code, or `null` when the cell is empty or not a known country
 * @example
 * countryCode("Belgique") // => "BE"
 */
export function countryCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const key = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (key === "") return null;
  return BY_NAME.get(key) ?? null;
}
