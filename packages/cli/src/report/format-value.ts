import type { Lang } from "@solidata/core";
import { word } from "../locales/report-words.js";
import type { Cell, Figure, LocalText, ValueFormat } from "./model.js";

const locales: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, format);
  }
  return format;
}

const optionsOf: Record<Exclude<ValueFormat, "text" | "date" | "pvalue">, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  hours: { maximumFractionDigits: 1 },
  euros: { style: "currency", currency: "EUR", maximumFractionDigits: 0 },
  cents: { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 },
  percent: { style: "percent", maximumFractionDigits: 1 },
  decimal: { maximumFractionDigits: 2 },
};

function isLocalText(value: unknown): value is LocalText {
  return typeof value === "object" && value !== null && "fr" in value && "en" in value;
}

/**
 * Writes a value the way a reader of the language expects: `1 234,5` and `12,5 %` in French,
 * `1,234.5` and `12.5%` in English, dates as `31/01/2025` or `31 Jan 2025`.
 *
 * Why: the HTML, the Markdown and the tests that compare them with report.json must agree on
 * one way to write each number.
 *
 * @param value - a number, an ISO date (`YYYY-MM-DD`) for the `date` format, a text, or `null`
 * @param format - how to show it (see {@link ValueFormat}); percentages are fractions (0.125)
 * @param lang - `"fr"` or `"en"`
 * @returns the text to show; `"–"` for `null`
 * @example
 * formatValue(1234.5, "hours", "en") // => "1,234.5"
 * formatValue(0.125, "percent", "en") // => "12.5%"
 */
export function formatValue(value: string | number | null | LocalText, format: ValueFormat, lang: Lang): string {
  if (value === null) return "–";
  if (isLocalText(value)) return value[lang];
  if (format === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(locales[lang], {
      timeZone: "UTC",
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(date);
  }
  if (typeof value === "string") return value;
  if (format === "text" || format === "date") return String(value);
  if (format === "pvalue") {
    if (value < 0.001) return `< ${numberFormat(lang, { minimumFractionDigits: 3 }).format(0.001)}`;
    return numberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
  }
  return numberFormat(lang, optionsOf[format]).format(value);
}

/**
 * Writes a cell or a figure, showing a suppressed value as `< k` (a count below k), `n < k` (a rate on too few people) or "hidden" (hidden so that another cell cannot be deduced).
 *
 * @param cell - a table cell or a figure
 * @param format - how to show the value
 * @param lang - `"fr"` or `"en"`
 * @returns the text to show
 * @example
 * formatCell({ value: null, status: "primary", k: 10 }, "count", "fr") // => "< 10"
 * formatCell({ value: null, status: "complementary", k: 10 }, "count", "en") // => "hidden"
 */
export function formatCell(cell: Cell | Figure, format: ValueFormat, lang: Lang): string {
  if (!cell.status || cell.status === "ok") return formatValue(cell.value, format, lang);
  if (cell.status === "primary" && cell.k !== undefined) return `< ${cell.k}`;
  if (cell.status === "small-base" && cell.k !== undefined) return `n < ${cell.k}`;
  return word(lang, "value.suppressed");
}
