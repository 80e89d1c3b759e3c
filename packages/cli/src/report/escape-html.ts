import { safeText } from "./safe-text.js";

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/**
 * Escapes a text so that it shows literally in HTML or SVG, in element content and in quoted
 * attribute values.
 *
 * Why: every label of a report may come from a spreadsheet cell; a value such as
 * `<img src=x onerror=alert(1)>` must show as text and never become markup.
 *
 * @param text - any text (control characters other than tab and newlines are shown as their visible
 * symbol, `␛` for ESC, and U+2028/U+2029 as a space: never dropped, and the SVG stays valid XML)
 * @returns the text with `& < > " ' \`` replaced by entities
 * @example
 * escapeHtml('<b title="x">') // => "&lt;b title=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"'`]/g, (c) => entities[c] ?? c);
}
