/** C0 controls other than tab, line feed and carriage return, DEL, and the Unicode line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/**
 * Makes a text safe for every output of a report (HTML, Markdown, SVG, JSON) without dropping
 * anything: a control character becomes its visible symbol (ESC → `␛`, NUL → `␀`, SUB → `␚`,
 * DEL → `␡`), and U+2028/U+2029 (line and paragraph separators) become a space.
 *
 * Why: control characters make chart SVGs invalid XML and garble terminals and wikis; U+2028 inside a
 * category broke the chart's expression and lost a report section. Showing them keeps the value
 * recognisable (the same cell reads the same everywhere) and tells the reader something was there.
 *
 * @param text - any text
 * @returns the text with each unsafe character replaced (same number of characters)
 * @example
 * safeText("Food\u2028parcel\u001b[31m") // => "Food parcel␛[31m"
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x2028 || code === 0x2029) return " ";
    if (code === 0x7f) return "\u2421";
    return String.fromCharCode(0x2400 + code);
  });
}

/** Whether a text holds a character {@link safeText} would replace. */
export function hasUnsafeText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
