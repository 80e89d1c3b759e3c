import type { LocalText } from "./model.js";

const monthFormats = {
  fr: new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
};

/** A month label ("2025-01") written in both languages ("janv. 2025", "Jan 2025"); other labels as they are (internal). */
export function monthLabel(value: unknown): string | LocalText {
  const text = String(value ?? "–");
  if (!/^\d{4}-\d{2}$/.test(text)) return text;
  const date = new Date(`${text}-01T00:00:00Z`);
  return { fr: monthFormats.fr.format(date), en: monthFormats.en.format(date) };
}
