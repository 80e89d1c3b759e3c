/**
 * Internal helpers of the record linkage: how a cell becomes the value a comparator sees.
 * Not exported from the package.
 */
import { normalizeEmail } from "../clean/normalize-email.js";
import { normalizePhone } from "../clean/normalize-phone.js";

/** Lower case, accents and ligatures removed, anything but letters and digits as one space. */
export function fold(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = (value instanceof Date ? dateDigits(value) : String(value))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return text === "" ? null : text;
}

function dateDigits(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}${m}${d}`;
}

/**
 * A birth date as the 8 digits `YYYYMMDD`, kept even when the date is impossible (a typed
 * "19081309" stays, so that "one digit off" can still be seen). Reads `Date` objects, ISO dates,
 * `DD/MM/YYYY` (French order), `YYYYMMDD` and numbers.
 */
export function birthDateKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateDigits(value) || null;
  const text = String(value).trim();
  if (text === "") return null;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return `${match[1]}${(match[2] as string).padStart(2, "0")}${(match[3] as string).padStart(2, "0")}`;
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return `${match[3]}${(match[2] as string).padStart(2, "0")}${(match[1] as string).padStart(2, "0")}`;
  match = /^(\d{8})(?:\.0+)?$/.exec(text);
  if (match) return match[1] as string;
  return null;
}

/** Days since 1970 of a `YYYYMMDD` key, or NaN when the date is impossible. */
export function dateDays(key: string): number {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(4, 6));
  const d = Number(key.slice(6, 8));
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  if (back.getUTCDate() !== d) return Number.NaN;
  return time / 86_400_000;
}

/** An e-mail address normalised by the cleaning step, or its folded text when it is not valid but has an "@"; else null. */
export function emailKey(value: unknown): string | null {
  const parsed = normalizeEmail(value);
  if (parsed.ok) return parsed.value;
  const text = String(value).trim().toLowerCase().replace(/\s+/g, "");
  // a value with no "@" is no address ("NA", "-", "inconnu"): it must not join two people
  return text.includes("@") ? text : null;
}

/**
 * A phone number for comparison: its last 9 digits, which is how its E.164 form (the cleaning's
 * `normalizePhone`) ends, so that a number read in two regions ("0639…" taken for Mayotte,
 * "+33 6 39…"), with or without its prefix or its leading zero, still compares equal. A number
 * written with digits and separators only is keyed directly (the E.164 form would end with the same
 * digits, and the parsing costs about 30 µs a number); anything else goes through `normalizePhone`.
 */
export function phoneKey(value: unknown): string | null {
  let digits: string;
  if (typeof value === "number" || (typeof value === "string" && /^[\s+\d().\-/]*$/.test(value))) {
    digits = String(value).replace(/\D+/g, "");
  } else {
    const parsed = normalizePhone(value);
    digits = parsed.ok ? (parsed.value ?? "").replace(/\D+/g, "") : String(value).replace(/\D+/g, "");
  }
  if (digits.length < 6) return null;
  return digits.length > 9 ? digits.slice(-9) : digits;
}

/** Text of an identifier: trimmed, upper case, spaces and separators removed; leading zeros kept. */
export function identifierKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "");
  return text === "" ? null : text;
}

/** Whether two strings of the same length differ in exactly one place, or by two adjacent characters swapped. */
export function oneTypoApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (count === 0) first = i;
      count++;
      if (count > 2) return false;
    }
  }
  if (count === 1) return true;
  return count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}
