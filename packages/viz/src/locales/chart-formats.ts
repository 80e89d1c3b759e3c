import type { NumberLocale, TimeLocale } from "../locale.js";

/**
 * The d3 number and time formats of each language: decimal mark, thousands separator, month and
 * day names. Why: charts format their axes in the reader's language wherever they render.
 *
 * @example
 * CHART_FORMATS.fr.time.months[1] // => "février"
 */
export const CHART_FORMATS: Record<"fr" | "en", { number: NumberLocale; time: TimeLocale }> = {
  fr: {
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
  },

  en: {
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
  },
};
