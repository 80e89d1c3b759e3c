import type { Lang } from "@solidata/core";

/** Numbers the way Vega writes them with the chart locale: "1 234,5" / "1,234.5". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  const text = new Intl.NumberFormat(lang === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits }).format(value);
  return text.replace(/[\u202f\u00a0]/g, "\u00a0").replace(/-/g, "\u2212");
}

/** A fraction as a percentage: 0.125 → "12,5 %" / "12.5%". */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  const number = formatNumber(value * 100, lang, maximumFractionDigits);
  return lang === "en" ? `${number}%` : `${number}\u00a0%`;
}

/** The granularity of a period label. */
export type PeriodUnit = "year" | "quarter" | "month" | "week" | "day";

/** A period label read as its first day (UTC) and its granularity, or null when it is not one. */
export function parsePeriod(value: unknown): { date: Date; unit: PeriodUnit } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, unit: "day" };
  if (typeof value !== "string") return null;
  let match = /^(\d{4})$/.exec(value);
  if (match) return { date: new Date(Date.UTC(Number(match[1]), 0, 1)), unit: "year" };
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return { date: new Date(Date.UTC(Number(match[1]), (Number(match[2]) - 1) * 3, 1)), unit: "quarter" };
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return { date: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)), unit: "month" };
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) {
    // ISO week: week 1 holds January 4th; weeks start on Monday.
    const year = Number(match[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return { date: new Date(mondayOfWeek1 + (Number(match[2]) - 1) * 7 * 86_400_000), unit: "week" };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (match) {
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? null : { date, unit: "day" };
  }
  return null;
}

const monthFormat = {
  fr: new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
};
const dayFormat = {
  fr: new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

/** A period or date as a reader writes it: "janv. 2025" / "Jan 2025", "T1 2025" / "Q1 2025". */
export function formatPeriod(value: unknown, lang: Lang): string {
  const period = parsePeriod(value);
  if (period === null) return value === null || value === undefined ? "" : String(value);
  const { date, unit } = period;
  const year = date.getUTCFullYear();
  switch (unit) {
    case "year":
      return String(year);
    case "quarter":
      return `${lang === "en" ? "Q" : "T"}${Math.floor(date.getUTCMonth() / 3) + 1} ${year}`;
    case "month":
      return monthFormat[lang === "en" ? "en" : "fr"].format(date);
    case "week":
      // The ISO year of the label, not of its Monday (2025-W01 starts on 30 December 2024).
      return `${lang === "en" ? "W" : "S"}${String(value).slice(6)} ${String(value).slice(0, 4)}`;
    default:
      return dayFormat[lang === "en" ? "en" : "fr"].format(date);
  }
}

/** The Vega time format of a period unit (with the chart locale: "janv. 2025"). */
export function periodTimeFormat(unit: PeriodUnit, lang: Lang): string {
  switch (unit) {
    case "year":
      return "%Y";
    case "quarter":
      return lang === "en" ? "Q%q %Y" : "T%q %Y";
    case "month":
      return "%b %Y";
    default:
      return "%d %b %Y";
  }
}

/** A value as a number or a percentage. */
export function formatValue(value: number, lang: Lang, format: "number" | "percent" | undefined): string {
  return format === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
}
