/**
 * Escapes text for XML or HTML content and attribute values: `& < > " '`.
 *
 * Why: text from the data (labels, titles) must never become markup or script in an SVG or the
 * HTML around a chart.
 *
 * @param text - any value; `null` and `undefined` become `""`, others go through `String()`
 * @returns the escaped text
 * @throws never
 * @example
 * escapeXml('<img src=x onerror="alert(1)">') // => "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeXml(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
