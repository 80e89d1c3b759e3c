import { jaroWinkler } from "./jaro-winkler.js";
import { emailKey } from "./values.js";

/**
 * Compares two e-mail addresses, normalised as the cleaning step does (trimmed, lower case,
 * `mailto:` removed), and returns the index of their level in `["exact", "similar", "different"]`:
 * `similar` when the local parts are equal or the addresses have a Jaro–Winkler similarity of at
 * least 0.88 (a typo, letters swapped); local parts that differ only by their digits
 * ("marie.durand" / "marie.durand2", how homonyms get their addresses) are `different`.
 * Why: one person keeps an address for years, typed with capitals or a typo; these are the
 * comparison levels of the Fellegi–Sunter model of {@link linkRecords}.
 *
 * @param a - an address (any cell)
 * @param b - the other address
 * @returns 0 to 2, or `null` when either is missing
 * @example
 * compareEmails(" Marie.Durand@Exemple.fr", "marie.durand@exemple.fr") // => 0
 * compareEmails("marie.durand@exemple.fr", "marie.durnad@exemple.fr") // => 1
 */
export function compareEmails(a: unknown, b: unknown): number | null {
  const ka = emailKey(a);
  const kb = emailKey(b);
  if (ka === null || kb === null) return null;
  return emailLevel(ka, kb);
}

/** The level of two normalised addresses (the linkage's hot path). */
export function emailLevel(a: string, b: string): number {
  if (a === b) return 0;
  const at = a.indexOf("@");
  const localA = at > 0 ? a.slice(0, at) : a;
  const atB = b.indexOf("@");
  const localB = atB > 0 ? b.slice(0, atB) : b;
  if (localA === localB) return 1;
  // marie.durand@… and marie.durand2@…: two people of the same name, not a typo
  if (localA.replace(/\d+/g, "") === localB.replace(/\d+/g, "") && localA !== localB) return 2;
  return jaroWinkler(a, b) >= 0.88 ? 1 : 2;
}
