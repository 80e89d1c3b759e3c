import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";
import { isBlank, type Parsed } from "./parsed.js";

/**
 * Normalises a phone number to E.164 ("06 12 34 56 78" → "+33612345678") with libphonenumber-js,
 * numbers without an international prefix being read in the default region (France). A French
 * mobile number that lost its leading zero (read as the number 612345678) gets it back.
 *
 * @param value - a cell (text or number)
 * @param region - ISO country of numbers written without a prefix, `"FR"` by default
 * @returns the E.164 text, `null` when empty, or the code `clean.invalid_phone`
 * @example
 * normalizePhone("06.12.34.56.78") // => { ok: true, value: "+33612345678" }
 */
export function normalizePhone(value: unknown, region: CountryCode = "FR"): Parsed<string> {
  if (isBlank(value)) return { ok: true, value: null };
  let text = typeof value === "number" ? String(value) : String(value).trim();
  if (region === "FR" && /^[1-9]\d{8}$/.test(text)) text = `0${text}`;
  text = text.replace(/^00/, "+");
  const phone = parsePhoneNumberFromString(text, region);
  if (phone === undefined || !phone.isValid()) return { ok: false, code: "clean.invalid_phone" };
  return { ok: true, value: phone.number };
}
