import { parseNumber } from "./parse-number.js";
import { isBlank, type Parsed } from "./parsed.js";

const HOURS = "(?:h|hr|hrs|heures?|hours?)";
const MINUTES = "(?:m|mn|min|mins|minutes?)";
const NUM = "(\\d+(?:[.,]\\d+)?)";

/**
 * Reads a duration and returns it in hours: "2h30" → 2.5, "1,5 h" → 1.5, "90 min" → 1.5,
 * "1:30" → 1.5, "2 heures 15" → 2.25; a bare number is a number of hours.
 *
 * @param value - a cell
 * @returns hours, `null` when empty, or the code `clean.invalid_duration`
 * @example
 * parseDuration("2h30") // => { ok: true, value: 2.5 }
 */
export function parseDuration(value: unknown): Parsed<number> {
  if (isBlank(value)) return { ok: true, value: null };
  const bad = { ok: false, code: "clean.invalid_duration" } as const;
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : bad;
  const text = String(value).trim().toLowerCase().replace(/\s+/g, " ");
  const num = (s: string | undefined): number => Number((s ?? "0").replace(",", "."));
  let m = new RegExp(`^${NUM} ?${HOURS}(?: ?(\\d{1,2}) ?(?:${MINUTES})?)?$`).exec(text);
  if (m) return { ok: true, value: round(num(m[1]) + num(m[2]) / 60) };
  m = new RegExp(`^${NUM} ?${MINUTES}$`).exec(text);
  if (m) return { ok: true, value: round(num(m[1]) / 60) };
  m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m) {
    if (num(m[2]) >= 60 || num(m[3]) >= 60) return bad;
    return { ok: true, value: round(num(m[1]) + num(m[2]) / 60 + num(m[3]) / 3600) };
  }
  const plain = parseNumber(text);
  return plain.ok ? plain : bad;
}

function round(hours: number): number {
  return Math.round(hours * 1e6) / 1e6;
}
