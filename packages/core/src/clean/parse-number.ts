import { decimalEvidence, parseNumber as parseNumberText } from "../ingest/value-parsers.js";
import { isBlank, type Parsed } from "./parsed.js";

/**
 * Reads a number written the French or the English way: "1 234,5", "1.234,5", "1,234.5", "12,5 %"
 * (a percentage becomes a fraction: 0.125), "12,50 €", with the grammar of the ingest's typing (one
 * values grammar for both steps). A comma alone is a decimal comma (French first); with both signs,
 * the last one is the decimal separator; thousands go by three.
 *
 * @param value - a cell; numbers pass through
 * @returns the number, `null` when empty, or the code `clean.invalid_number`
 * @example
 * parseNumber("1 234,5") // => { ok: true, value: 1234.5 }
 */
export function parseNumber(value: unknown): Parsed<number> {
  if (isBlank(value)) return { ok: true, value: null };
  const bad = { ok: false, code: "clean.invalid_number" } as const;
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : bad;
  if (typeof value === "boolean" || value instanceof Date) return bad;
  let text = String(value)
    .trim()
    .replace(/^(€|eur|\$|£)\s*|\s*(€|eur|euros?|\$|£)$/i, "")
    .replace(/[−–]/g, "-")
    .trim();
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  }
  // the ingest's grammar, French first: a lone comma is a decimal comma unless the value says otherwise
  const parsed = parseNumberText(text, { decimal: decimalEvidence(text) ?? "," });
  if (parsed === undefined) return bad;
  const n = parsed * scale;
  if (!Number.isFinite(n)) return bad;
  return { ok: true, value: scale === 1 ? n : Number(n.toPrecision(15)) };
}
