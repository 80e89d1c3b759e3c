import type { CountryCode } from "libphonenumber-js";
import { normalizeEmail } from "./normalize-email.js";
import { normalizePersonName } from "./normalize-person-name.js";
import { normalizePhone } from "./normalize-phone.js";
import { normalizeText } from "./normalize-text.js";
import { parseBoolean } from "./parse-boolean.js";
import { type DateOrder, parseDate } from "./parse-date.js";
import { parseDuration } from "./parse-duration.js";
import { parseGender } from "./parse-gender.js";
import { parseNumber } from "./parse-number.js";
import { parseWave } from "./parse-wave.js";
import type { Parsed } from "./parsed.js";
import type { FieldKind } from "./schemas.js";

/** The normaliser of one field kind, applied to one cell (postcodes are handled per column). */
export function normalizerFor(
  kind: FieldKind,
  options: { dateOrder?: DateOrder; region?: string } = {},
): (value: unknown) => Parsed<unknown> {
  switch (kind) {
    case "id":
      return (v) => ({ ok: true, value: typeof v === "number" ? String(v) : normalizeText(v) });
    case "text":
    case "category":
    case "postcode":
      return (v) => ({ ok: true, value: normalizeText(v) });
    case "name":
      return (v) => ({ ok: true, value: normalizePersonName(v) });
    case "email":
      return normalizeEmail;
    case "phone": {
      const region = (options.region ?? "FR") as CountryCode;
      return (v) => normalizePhone(v, region);
    }
    case "gender":
      return parseGender;
    case "boolean":
      return parseBoolean;
    case "date": {
      const order = options.dateOrder ?? "dmy";
      return (v) => parseDate(v, order);
    }
    case "integer":
      return (v) => {
        // "45 ans", "3 pers.", "12 years": a count with its unit
        const p = parseNumber(
          typeof v === "string" ? v.replace(/\s*(ans?|years?|yrs?|pers(onnes?)?\.?|people|persons?)$/i, "") : v,
        );
        if (p.ok && p.value !== null && !Number.isInteger(p.value)) return { ok: false, code: "clean.invalid_number" };
        return p;
      };
    case "number":
      return parseNumber;
    case "duration":
      return parseDuration;
    case "wave":
      return parseWave;
  }
}

/** Whether a normalised value equals the original cell (a blank cell and `null` are the same: missing). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const missing = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (missing(a) && missing(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
}
