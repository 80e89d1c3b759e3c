import { MONTH_NUMBERS } from "../ingest/month-numbers.js";
import { parseMonthYear } from "../ingest/parse-month-year.js";
import { fullYear as twoDigitYear } from "../ingest/value-parsers.js";
import { isBlank, type Parsed } from "./parsed.js";

/** The order of day, month and year in dates written with numbers only. */
export type DateOrder = "dmy" | "mdy" | "ymd";

function utcDate(year: number, month: number, day: number): Date | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A year as written: two digits follow the ingest's pivot (20yy up to ten years ahead, else 19yy). */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length > 2 ? y : twoDigitYear(y);
}

const NUMERIC =
  /^(\d{1,4})[/.\- ](\d{1,2})[/.\- ](\d{1,4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const WORDS = /^(?:[a-z]+\.? )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{2,4})$/;
const WORDS_EN = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;

/**
 * Reads a date and returns it as a `Date` at UTC midnight. Accepts `Date` objects, ISO dates and
 * datetimes, numeric dates in the given order (`dd/mm/yyyy` by default, two-digit years read as the ingest reads them: 20yy up to ten years ahead, else 19yy),
 * `yyyymmdd`, spreadsheet serial numbers, and dates with French or English month names
 * ("1er mars 2024", "March 1, 2024"), and months without a day (`2024-01`, `01/2024`, `janvier 2024`,
 * `janv.-24`: the first of the month, read by `parseMonthYear` as the ingest reads them). Impossible
 * dates (31/02) are refused, never shifted.
 *
 * @param value - a cell
 * @param order - order of numeric dates; `"dmy"` by default (French); four-digit first parts are always read year first
 * @returns the date, `null` when empty, or the code `clean.invalid_date` (`clean.impossible_date` for a
 *   value written as a date that the calendar does not have, such as 2023-02-30)
 * @example
 * parseDate("03/04/2024") // => { ok: true, value: new Date("2024-04-03T00:00:00Z") }
 */
export function parseDate(value: unknown, order: DateOrder = "dmy"): Parsed<Date> {
  if (isBlank(value)) return { ok: true, value: null };
  const bad = { ok: false, code: "clean.invalid_date" } as const;
  const impossible = { ok: false, code: "clean.impossible_date" } as const;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return bad;
    // already a date at UTC midnight (the ingest types dates so): the same object, no copy per row
    if (time % 86_400_000 === 0) return { ok: true, value };
    return { ok: true, value: new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())) };
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 10000101 && value <= 29991231) return parseDate(String(value), order);
    // spreadsheet serial day (1900 system): 1 = 1900-01-01, 60 is the phantom 29/02/1900
    if (value >= 61 && value < 2958466) {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000);
      return { ok: true, value: date };
    }
    return bad;
  }
  const text = String(value)
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ");
  let date: Date | null = null;
  // whether the text is written as a day of a month of a year: if that day does not exist, it is impossible
  let written = false;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ].*)?$/.exec(text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const numeric = NUMERIC.exec(text);
  const words = WORDS.exec(text);
  const wordsEn = WORDS_EN.exec(text);
  if (iso || compact || numeric) written = true;
  if (iso) date = utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (compact) date = utcDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  else if (numeric) {
    const [, a = "", b = "", c = ""] = numeric;
    if (a.length >= 3) date = utcDate(Number(a), Number(b), Number(c));
    else if (c.length === 2 || c.length === 4) {
      if (order === "mdy") date = utcDate(fullYear(c), Number(a), Number(b));
      else if (order === "dmy") date = utcDate(fullYear(c), Number(b), Number(a));
    }
  } else if (words) {
    const month = MONTH_NUMBERS[words[2] as string];
    written = month !== undefined;
    if (month !== undefined) date = utcDate(fullYear(words[3] as string), month, Number(words[1]));
  } else if (wordsEn) {
    const month = MONTH_NUMBERS[wordsEn[1] as string];
    written = month !== undefined;
    if (month !== undefined) date = utcDate(Number(wordsEn[3]), month, Number(wordsEn[2]));
  } else {
    // a month without its day (2024-01, 01/2024, janv.-24): the first of that month, as the ingest reads it
    const month = parseMonthYear(text);
    if (month !== undefined) date = utcDate(month.year, month.month, 1);
  }
  if (date !== null) return { ok: true, value: date };
  // written as a date, but not one of the calendar (2023-02-30, 31/04/2024, 30 février 2024): impossible, not unreadable
  return written ? impossible : bad;
}

/**
 * Decides whether numeric dates of a column are written day first or month first, from the
 * values themselves: a first part above 12 proves day first, a second part above 12 proves month
 * first. Without proof, or with proof both ways, day first (French) wins.
 *
 * @param values - the cells of one column
 * @example
 * detectDateOrder(["12/31/2024", "01/02/2024"]) // => "mdy"
 */
export function detectDateOrder(values: Iterable<unknown>): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const m = NUMERIC.exec(value.trim());
    if (!m || (m[1] as string).length > 2) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  return monthFirst > 0 && dayFirst === 0 ? "mdy" : "dmy";
}
