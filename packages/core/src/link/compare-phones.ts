import { oneTypoApart, phoneKey } from "./values.js";

/**
 * Compares two phone numbers, normalised to E.164 as the cleaning step does ("06 12 34 56 78" and
 * "+33 6 12 34 56 78" are equal), and returns the index of their level in
 * `["exact", "one_digit", "different"]`: `one_digit` when the digits differ in one place or by two
 * adjacent digits swapped.
 * Why: the same number is written in many ways; these are the comparison levels of the
 * Fellegi–Sunter model of {@link linkRecords}.
 *
 * @param a - a phone number (text or number; France is the default region)
 * @param b - the other number
 * @returns 0 to 2, or `null` when either is missing
 * @example
 * comparePhones("06 12 34 56 78", "+33612345678") // => 0
 * comparePhones("06 12 34 56 78", "06 12 34 65 78") // => 1
 */
export function comparePhones(a: unknown, b: unknown): number | null {
  const ka = phoneKey(a);
  const kb = phoneKey(b);
  if (ka === null || kb === null) return null;
  return codeLevel(ka, kb);
}

/** The level of two normalised codes: exact, one typo apart, different (the linkage's hot path). */
export function codeLevel(a: string, b: string): number {
  if (a === b) return 0;
  return oneTypoApart(a, b) ? 1 : 2;
}
