import type { Lang } from "@solidata/core";
import { CHART_FORMATS } from "./locales/chart-formats.js";

/** A d3-format number locale definition, as Vega's `config.locale.number` takes it. */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  percent?: string;
  minus?: string;
}

/** A d3-time-format locale definition, as Vega's `config.locale.time` takes it. */
export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

/**
 * The Vega number and time locale for a language, so axes read "1 234,5" and "janv. 2025" in
 * French and "1,234.5" and "Jan 2025" in English.
 *
 * Why: every builder puts it in the spec's `config.locale`, so the chart formats the same in
 * Node, a notebook or a browser without setting a global locale.
 *
 * @param lang - `"fr"` or `"en"`
 * @returns a fresh `{ number, time }` object (safe to modify)
 * @throws never
 * @example
 * chartLocale("fr").number.decimal // => ","
 */
export function chartLocale(lang: Lang): { number: NumberLocale; time: TimeLocale } {
  return structuredClone(CHART_FORMATS[lang === "en" ? "en" : "fr"]);
}
