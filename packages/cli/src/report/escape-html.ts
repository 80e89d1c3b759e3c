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
 * @param text - any text (control characters other than tab and newlines are dropped)
 * @returns the text with `& < > " ' \`` replaced by entities
 * @example
 * escapeHtml('<b title="x">') // => "&lt;b title=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[&<>"'`]/g, (c) => entities[c] ?? c);
}
