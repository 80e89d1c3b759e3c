import { MONTH_NUMBERS } from "./month-numbers.js";
import { fullYear } from "./value-parsers.js";

/** A month of a year, as a value written without its day. */
export interface MonthYear {
  year: number;
  /** 1 to 12 */
  month: number;
}

const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED = /^([a-z]+)\.?(?:\s*[-/]\s*|\s+)(\d{4}|\d{2})$/;

/**
 * Reads a month written without its day: `2024-01`, `01/2024`, `janvier 2024`, `janv.-24` (the
 * French Excel format `mmm-aa`), `Jan 2024`, `Decembre  2012`. Month names are French or English,
 * full or abbreviated, in any case, with or without accents; a two-digit year follows the ingest's
 * pivot (20yy up to ten years ahead, else 19yy).
 *
 * Why: monthly activity exports and statistics tables write periods as month and year; read as text
 * they cannot be sorted or charted, read as a full date they would show a day nobody wrote. The
 * ingest's typing and the cleaning both use this one reader, so they agree.
 *
 * @param raw - a cell as written
 * @returns the year and month, or `undefined` when the text is not a month of a year
 * @example
 * parseMonthYear("janv.-24") // => { year: 2024, month: 1 }
 * parseMonthYear("01/2024") // => { year: 2024, month: 1 }
 * parseMonthYear("13/2024") // => undefined
 */
export function parseMonthYear(raw: string): MonthYear | undefined {
  const s = raw.trim();
  if (s.length < 6 || s.length > 24) return undefined;
  let m = YEAR_MONTH.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return checked(Number(m[2]), Number(m[1]));
  const text = s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ");
  m = NAMED.exec(text);
  if (!m) return undefined;
  const month = MONTH_NUMBERS[m[1] as string];
  if (month === undefined) return undefined;
  const digits = m[2] as string;
  return checked(digits.length === 2 ? fullYear(Number(digits)) : Number(digits), month);
}

function checked(year: number, month: number): MonthYear | undefined {
  if (month < 1 || month > 12 || year < 1000 || year > 9999) return undefined;
  return { year, month };
}
