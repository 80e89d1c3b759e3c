import { MONTH_NUMBERS } from "./month-numbers.js";
import { parseMonthYear } from "./parse-month-year.js";

/**
 * Parsers of single cell values (numbers, dates, booleans) shared by type inference and table
 * building. Each returns `undefined` when the value does not fit. Internal to the ingest module.
 */

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** How a column writes its numbers. */
interface NumberStyle {
  decimal: "," | ".";
}

/** Evidence a value gives about the decimal separator: `,`, `.` or none. */
export function decimalEvidence(raw: string): "," | "." | undefined {
  const s = raw.replace(SPACES, "");
  const comma = s.indexOf(",");
  const dot = s.indexOf(".");
  if (comma >= 0 && dot >= 0) return comma > dot ? "," : ".";
  if (comma >= 0) {
    if (s.indexOf(",", comma + 1) >= 0) return "."; // 1,234,567: comma groups
    return /,\d{3}$/.test(s) ? undefined : ",";
  }
  if (dot >= 0) {
    if (s.indexOf(".", dot + 1) >= 0) return ","; // 1.234.567: dot groups
    return /^[+-]?\d{1,3}\.\d{3}$/.test(s) ? undefined : ".";
  }
  return undefined;
}

/**
 * Parses a number written with a decimal comma or dot and thousands grouped by spaces (also
 * no-break and narrow no-break), dots or commas.
 */
export function parseNumber(raw: string, style: NumberStyle): number | undefined {
  let s = raw.trim();
  if (s === "") return undefined;
  if (s.length > 1 && (s.includes(" ") || s.includes("\u00a0") || s.includes("\u202f") || s.includes("\u2009"))) {
    if (!/^[+-]?\d{1,3}([\s\u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(s)) return undefined;
    s = s.replace(SPACES, "");
  }
  const comma = s.indexOf(",");
  const dot = s.indexOf(".");
  if (comma >= 0 && dot >= 0) {
    if (comma > dot) {
      if (!/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return undefined;
      s = s.replace(/\./g, "").replace(",", ".");
    } else {
      if (!/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) return undefined;
      s = s.replace(/,/g, "");
    }
  } else if (comma >= 0) {
    if (s.indexOf(",", comma + 1) >= 0) {
      if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return undefined;
      s = s.replace(/,/g, "");
    } else if (style.decimal === "." && /^[+-]?\d{1,3},\d{3}$/.test(s)) {
      s = s.replace(",", "");
    } else s = s.replace(",", ".");
  } else if (dot >= 0) {
    if (s.indexOf(".", dot + 1) >= 0) {
      if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return undefined;
      s = s.replace(/\./g, "");
    } else if (style.decimal === "," && /^[+-]?\d{1,3}\.\d{3}$/.test(s)) {
      s = s.replace(".", "");
    }
  }
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const value = Number(s);
  // -0 is written 0 in every output: normalised here
  if (value === 0) return 0;
  return Number.isFinite(value) ? value : undefined;
}

/** Whether a raw number has a fractional part written (`2,50`, `3.0`). */
export function hasFraction(raw: string, style: NumberStyle): boolean {
  const s = raw.replace(SPACES, "");
  if (style.decimal === ",") return /,\d*$/.test(s) && !/^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s);
  return /\.\d*$/.test(s) && !/^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(s);
}

const PERCENT = /^(.*?)\s*%$/;

/** Parses `12,5 %` or `12.5%` as the fraction 0.125. */
export function parsePercent(raw: string, style: NumberStyle): number | undefined {
  const m = PERCENT.exec(raw.trim());
  if (!m) return undefined;
  const value = parseNumber(m[1] as string, style);
  return value === undefined ? undefined : value / 100;
}

const CURRENCY =
  /^(?:([€$£]|EUR|USD|GBP|CHF)\s*)?([+-]?[\d\s\u00a0\u202f.,]+?)\s*(?:([€$£]|EUR|USD|GBP|CHF|euros?))?$/i;

/** Parses an amount with a currency sign (`12,50 €`, `€12.50`, `1 200 EUR`); returns it and the currency. */
export function parseCurrency(raw: string, style: NumberStyle): { value: number; currency: string } | undefined {
  const m = CURRENCY.exec(raw.trim());
  if (!m) return undefined;
  const sign = m[1] ?? m[3];
  if (sign === undefined) return undefined;
  const value = parseNumber(m[2] as string, style);
  if (value === undefined) return undefined;
  const upper = sign.toUpperCase();
  const currency =
    upper === "€" || upper.startsWith("EUR") ? "EUR" : upper === "$" ? "USD" : upper === "£" ? "GBP" : upper;
  return { value, currency };
}

/** Boolean word families: true word, false word. */
const BOOLEAN_WORDS: Record<string, boolean> = {
  oui: true,
  non: false,
  yes: true,
  no: false,
  vrai: true,
  faux: false,
  true: true,
  false: false,
  o: true,
  n: false,
  y: true,
};

/** Parses oui/non, yes/no, vrai/faux, true/false, o/n, y/n (any case). */
export function parseBooleanWord(raw: string): boolean | undefined {
  return BOOLEAN_WORDS[raw.trim().toLowerCase()];
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const NAMED = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-zA-Zéûè.]+)\s+(\d{4})$/;

/** The parts of a date or datetime; `order` tells how to read `a/b/c` dates. */
interface DateParts {
  /** the value carried a time of day */
  time: boolean;
  date: Date;
  /** the value named a month without its day (`janv.-24`, `2024-01`): `date` is the first of that month */
  month?: true;
}

/** Numbers of a `a/b/c` date before the order is known, for evidence. */
export function numericDateFields(raw: string): [number, number, number] | undefined {
  const m = NUMERIC.exec(raw.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[3]), Number(m[4])];
}

/** Two-digit years: 20yy when it is at most ten years ahead of `now`, else 19yy. */
export function fullYear(yy: number, now = new Date()): number {
  const pivot = (now.getUTCFullYear() % 100) + 10;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

function make(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (y < 100) date.setUTCFullYear(y);
  if (date.getUTCDate() !== d) return undefined; // 31/02
  return date;
}

/**
 * Parses dates and datetimes: ISO, `d/m/y` in the given order (`/`, `.` or `-`), `1 mars 2024`, and
 * months without a day (`2024-01`, `01/2024`, `janvier 2024`, `janv.-24`: the first of the month,
 * marked `month`). Times are UTC.
 */
export function parseDate(raw: string, order: "dmy" | "mdy" | "ymd"): DateParts | undefined {
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
    let date = make(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      ms,
    );
    if (!date) return undefined;
    const zone = m[8];
    if (zone && zone !== "Z") {
      const sign = zone[0] === "-" ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
      date = new Date(date.getTime() - sign * minutes * 60_000);
    }
    return { time: m[4] !== undefined, date };
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = m[1] as string;
    const b = Number(m[3]);
    const c = m[4] as string;
    let y: number;
    let mo: number;
    let d: number;
    if (a.length === 4) {
      if (c.length > 2) return undefined;
      y = Number(a);
      mo = b;
      d = Number(c);
    } else {
      if (c.length === 3 || a.length > 2) return undefined;
      y = c.length <= 2 ? fullYear(Number(c)) : Number(c);
      if (order === "mdy") {
        mo = Number(a);
        d = b;
      } else {
        d = Number(a);
        mo = b;
      }
    }
    const date = make(y, mo, d, Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0));
    return date ? { time: m[5] !== undefined, date } : undefined;
  }
  m = NAMED.exec(s);
  if (m) {
    const mo = MONTH_NUMBERS[(m[2] as string).toLowerCase().replace(/\.$/, "")];
    if (mo === undefined) return undefined;
    const date = make(Number(m[3]), mo, Number(m[1]));
    return date ? { time: false, date } : undefined;
  }
  const my = parseMonthYear(s);
  if (my === undefined) return undefined;
  const first = make(my.year, my.month, 1);
  return first ? { time: false, date: first, month: true } : undefined;
}
