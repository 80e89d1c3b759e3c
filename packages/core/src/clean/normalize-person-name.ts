import { normalizeText } from "./normalize-text.js";

const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "d",
  "l",
  "van",
  "von",
  "der",
  "den",
  "di",
  "da",
  "del",
  "dos",
]);

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("fr") + word.slice(1);
}

function recaseWord(word: string, afterFirst: boolean): string {
  if (afterFirst && PARTICLES.has(word)) return word;
  return word
    .split("-")
    .map((part) => {
      const elided = /^([dl])(['’])(.+)$/.exec(part);
      if (elided) return `${elided[1]}${elided[2]}${capitalise(elided[3] as string)}`;
      const prefixed = /^([a-zà-ÿ])(['’])(.+)$/.exec(part);
      if (prefixed) return `${capitalise(prefixed[1] as string)}${prefixed[2]}${capitalise(prefixed[3] as string)}`;
      return capitalise(part);
    })
    .join("-");
}

/**
 * Puts a person's name in the usual French case: "JEAN-PIERRE" → "Jean-Pierre",
 * "jean de la fontaine" → "Jean de la Fontaine" (particles after the first word in lower case;
 * "LE GALL" → "Le Gall"), "D'ARTAGNAN" → "d'Artagnan", "N'DIAYE" → "N'Diaye". Names typed in mixed case
 * ("McDonald", "DiCaprio") are left as typed: only all-capital or all-lower-case names are recased.
 *
 * @param value - a first or last name, or both
 * @returns the name, or `null` when empty
 * @example
 * normalizePersonName("  MARIE-ÉLISE   DE LA TOUR ") // => "Marie-Élise de la Tour"
 */
export function normalizePersonName(value: unknown): string | null {
  const text = normalizeText(value);
  if (text === null) return null;
  const single = text.replace(/\s+/g, " ");
  if (single !== single.toLocaleUpperCase("fr") && single !== single.toLocaleLowerCase("fr")) return single;
  const words = single.toLocaleLowerCase("fr").split(" ");
  return words.map((word, i) => recaseWord(word, i > 0)).join(" ");
}
