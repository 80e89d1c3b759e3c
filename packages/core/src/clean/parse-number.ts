import { isBlank, type Parsed } from "./parsed.js";

/**
 * Reads a number written the French or the English way: "1 234,5", "1.234,5", "1,234.5", "12,5 %"
 * (a percentage becomes a fraction: 0.125), "12,50 €". A comma alone is a decimal comma (French
 * first); with both signs, the last one is the decimal separator.
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
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^(€|eur|\$|£)|(€|eur|euros?|\$|£)$/i, "")
    .replace(/[−–]/g, "-");
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    text = comma > dot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (comma >= 0) {
    if ((text.match(/,/g) ?? []).length > 1) text = text.replace(/,/g, "");
    else text = text.replace(",", ".");
  } else if ((text.match(/\./g) ?? []).length > 1) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) return bad;
    text = text.replace(/\./g, "");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return bad;
  const n = Number(text) * scale;
  if (!Number.isFinite(n)) return bad;
  return { ok: true, value: scale === 1 ? n : Number(n.toPrecision(15)) };
}
