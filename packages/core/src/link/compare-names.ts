import { phoneticKey } from "../clean/label-keys.js";
import { jaroWinkler } from "./jaro-winkler.js";
import { fold } from "./values.js";

/**
 * Compares two first names or two last names and returns the index of their level in
 * `["exact", "close", "similar", "different"]`: `exact` once case, accents, hyphens and spaces are
 * folded ("Jean-Pierre" / "JEAN PIERRE"); `close` when the Jaro–Winkler similarity is at least
 * 0.92, the French phonetic keys are equal ("Cathy" / "Kathy") or one compound name holds the
 * other ("Marie" / "Marie-Élise"); `similar` at a similarity of at least 0.8; `different` otherwise.
 * Why: names are typed with accents or without, hyphenated or not, misspelt; these levels are the
 * comparison levels of the Fellegi–Sunter model of {@link linkRecords}.
 *
 * @param a - a name (any cell; `null` or blank means missing)
 * @param b - the other name
 * @returns 0 to 3, or `null` when either name is missing
 * @example
 * compareNames("Marie-Élise", "MARIE ELISE") // => 0
 * compareNames("Marie", "Marie-Élise") // => 1
 * compareNames("Dupont", "Martin") // => 3
 */
export function compareNames(a: unknown, b: unknown): number | null {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === null || fb === null) return null;
  return nameLevel(fa, fb, phoneticKey(fa), phoneticKey(fb));
}

/** The level of two folded names whose phonetic keys are known (the linkage's hot path). */
export function nameLevel(a: string, b: string, phoneticA: string, phoneticB: string): number {
  if (a === b) return 0;
  const spaced = a.indexOf(" ") >= 0 || b.indexOf(" ") >= 0;
  const compactA = spaced ? a.replace(/ /g, "") : a;
  const compactB = spaced ? b.replace(/ /g, "") : b;
  if (spaced && compactA === compactB) return 0;
  const similarity = jaroWinkler(compactA, compactB);
  if (similarity >= 0.92 || phoneticA === phoneticB || (spaced && tokenContained(a, b))) return 1;
  return similarity >= 0.8 ? 2 : 3;
}

function tokenContained(a: string, b: string): boolean {
  const ta = a.split(" ");
  const tb = b.split(" ");
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((t) => t.length > 1 && long.includes(t));
}
