import { isBlank, type Parsed } from "../clean/parsed.js";

/**
 * Reads a French postcode as five-digit text: restores a leading zero lost by a spreadsheet
 * (1400 → "01400"), joins "75 012", drops "CEDEX" and what follows ("75012 CEDEX 12"), keeps only
 * the code in "75012 Paris". It checks the shape only; {@link normalizePostcodes} checks the
 * official list.
 *
 * @param value - a cell, as text or as a number
 * @returns the five-digit code, `null` when empty, or the code `clean.invalid_postcode`
 * @example
 * parsePostcode(1400) // => { ok: true, value: "01400" }
 */
export function parsePostcode(value: unknown): Parsed<string> {
  if (isBlank(value)) return { ok: true, value: null };
  const bad = { ok: false, code: "clean.invalid_postcode" } as const;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1000 || value > 99999) return bad;
    return { ok: true, value: String(value).padStart(5, "0") };
  }
  let text = String(value)
    .trim()
    .toUpperCase()
    .replace(/\bCEDEX\b.*$/, "")
    .replace(/^(F|FR)[- ]/, "")
    .trim();
  const spaced = /^(\d{2})[ .\u00a0](\d{3})\b/.exec(text);
  if (spaced) text = `${spaced[1]}${spaced[2]}${text.slice(spaced[0].length)}`;
  const m = /^(\d{4,5})(?:\.0+)?(?:[ ,\-/].*)?$/.exec(text);
  if (!m) return bad;
  return { ok: true, value: (m[1] as string).padStart(5, "0") };
}
