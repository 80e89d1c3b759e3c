import { safeText } from "./safe-text.js";

/**
 * Escapes a text so that Markdown shows it literally, in a paragraph or a table cell: markup
 * characters are backslash-escaped, `< > &` become entities (so no renderer reads raw HTML),
 * and line breaks become spaces.
 *
 * Why: labels come from spreadsheet cells; `*`, `|` or `<img …>` in a label must not change the
 * page a wiki or a mail client shows.
 *
 * @param text - any text (control characters shown as their visible symbol, U+2028/U+2029 as a space)
 * @returns the escaped text, on one line
 * @example
 * escapeMarkdown("a|b *c*") // => "a\\|b \\*c\\*"
 */
export function escapeMarkdown(text: string): string {
  return safeText(text)
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
