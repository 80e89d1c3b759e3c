import { birthDateKey, dateDays, oneTypoApart } from "./values.js";

/**
 * Compares two birth dates and returns the index of their level in
 * `["exact", "swapped_or_one_digit", "within_a_year", "different"]`: `swapped_or_one_digit` when
 * day and month are swapped (03/04 / 04/03) or the 8 digits `YYYYMMDD` differ in one place or by
 * two adjacent digits swapped; `within_a_year` when both are real dates at most 365 days apart.
 * Impossible dates typed in a file ("1908-13-09") are still compared digit by digit.
 * Why: birth dates are typed with the day and month inverted or one key off; these are the
 * comparison levels of the Fellegi–Sunter model of {@link linkRecords}.
 *
 * @param a - a date: `Date`, ISO text, `DD/MM/YYYY`, `YYYYMMDD` (text or number)
 * @param b - the other date
 * @returns 0 to 3, or `null` when either date is missing or unreadable
 * @example
 * compareBirthDates("1985-04-03", "03/04/1985") // => 0
 * compareBirthDates("1985-04-03", "1985-03-04") // => 1
 * compareBirthDates("1985-04-03", "1985-04-08") // => 1
 * compareBirthDates("1985-04-03", "1985-10-03") // => 2
 */
export function compareBirthDates(a: unknown, b: unknown): number | null {
  const ka = birthDateKey(a);
  const kb = birthDateKey(b);
  if (ka === null || kb === null) return null;
  return birthDateLevel(ka, kb, dateDays(ka), dateDays(kb));
}

/** The level of two `YYYYMMDD` keys whose day numbers are known (the linkage's hot path). */
export function birthDateLevel(a: string, b: string, daysA: number, daysB: number): number {
  if (a === b) return 0;
  if (a.slice(0, 4) === b.slice(0, 4) && a.slice(4, 6) === b.slice(6, 8) && a.slice(6, 8) === b.slice(4, 6)) return 1;
  if (oneTypoApart(a, b)) return 1;
  if (!Number.isNaN(daysA) && !Number.isNaN(daysB) && Math.abs(daysA - daysB) <= 365) return 2;
  return 3;
}
