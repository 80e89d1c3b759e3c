import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";
import { isBlank, type Parsed } from "./parsed.js";

/** National prefixes of the overseas départements and the region whose calling code they use. */
const OVERSEAS: [RegExp, CountryCode][] = [
  [/^0(590|690|691)/, "GP"],
  [/^0(594|694)/, "GF"],
  [/^0(596|696|697)/, "MQ"],
  [/^0(262|263|692|693)/, "RE"],
  [/^0(269|639)/, "YT"],
];

/**
 * Normalises a phone number to E.164 ("06 12 34 56 78" → "+33612345678") with libphonenumber-js,
 * numbers without an international prefix being read in the default region (France; a national number of
 * an overseas département, "0690 12 34 56", gets its own calling code: "+590690123456"). A French
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
  // French overseas numbers dialled nationally (0690…, 0262…) belong to their own calling codes
  const overseas =
    region === "FR" ? OVERSEAS.find(([prefix]) => prefix.test(text.replace(/[\s.\-/()]/g, ""))) : undefined;
  const phone = parsePhoneNumberFromString(text, overseas?.[1] ?? region);
  if (phone === undefined || !phone.isValid()) return { ok: false, code: "clean.invalid_phone" };
  return { ok: true, value: phone.number };
}
