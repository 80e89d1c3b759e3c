const DAY_MS = 86_400_000;

/**
 * The calendar month of a date, as `yyyy-mm` text in UTC.
 *
 * Why: monthly indicators group by month; given to {@link recodeColumn} over an encoded date column
 * it runs once per distinct day. Accepts the `Date` objects `loadCSV` returns (midnight UTC) and day
 * numbers (days since 1970-01-01).
 *
 * @param value - a `Date`, a day number, or anything else (which gives `null`)
 * @returns `yyyy-mm`, or `null` for a missing or invalid date
 * @example
 * yearMonth(new Date(Date.UTC(2024, 3, 1))) // => "2024-04"
 * yearMonth(19_814) // => "2024-04"
 * yearMonth(null) // => null
 */
export function yearMonth(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value * DAY_MS : Number.NaN;
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) return null;
  return `${String(year).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}
