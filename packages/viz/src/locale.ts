import type { Lang } from "@solidata/core";

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

const fr = {
  number: {
    decimal: ",",
    thousands: "\u00a0",
    grouping: [3],
    currency: ["", "\u00a0€"],
    percent: "\u00a0%",
    minus: "\u2212",
  } satisfies NumberLocale,
  time: {
    dateTime: "%A %e %B %Y à %X",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  } satisfies TimeLocale,
};

const en = {
  number: {
    decimal: ".",
    thousands: ",",
    grouping: [3],
    currency: ["€", ""],
    percent: "%",
    minus: "\u2212",
  } satisfies NumberLocale,
  time: {
    dateTime: "%a %e %b %Y %X",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  } satisfies TimeLocale,
};

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
  return structuredClone(lang === "en" ? en : fr);
}
