import { codeLevel } from "./compare-phones.js";
import { identifierKey } from "./values.js";

/**
 * Compares two postcodes as text (a lost leading zero restored: "1000" is "01000") and returns
 * the index of their level in `["exact", "one_digit", "different"]`.
 * Why: a person who moved within a town or whose postcode was mistyped by one digit still looks
 * alike; these are the comparison levels of the Fellegi–Sunter model of {@link linkRecords}.
 *
 * @param a - a postcode (text or number)
 * @param b - the other postcode
 * @returns 0 to 2, or `null` when either is missing
 * @example
 * comparePostcodes(1000, "01000") // => 0
 * comparePostcodes("75011", "75012") // => 1
 * comparePostcodes("75011", "13001") // => 2
 */
export function comparePostcodes(a: unknown, b: unknown): number | null {
  const ka = postcodeKey(a);
  const kb = postcodeKey(b);
  if (ka === null || kb === null) return null;
  return codeLevel(ka, kb);
}

/** A postcode as text: four digits get back their leading zero (French postcodes have five). */
export function postcodeKey(value: unknown): string | null {
  const key = identifierKey(value);
  if (key === null) return null;
  return /^\d{4}$/.test(key) ? `0${key}` : key;
}
