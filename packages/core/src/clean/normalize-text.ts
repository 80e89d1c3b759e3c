/**
 * Normalises free text: Unicode NFC, non-breaking and other spaces turned into plain spaces,
 * runs of spaces collapsed, ends trimmed. Line breaks inside the text are kept.
 * Why: the same word typed twice must compare equal.
 *
 * @param value - any cell; numbers and booleans become their text, dates their ISO date
 * @returns the text, or `null` when nothing is left
 * @example
 * normalizeText("  Distribution\u00a0 alimentaire ") // => "Distribution alimentaire"
 */
export function normalizeText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  else text = String(value);
  const out = text
    .normalize("NFC")
    .replace(/[\t\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .replace(/ *(\r\n|\r|\n) */g, "\n")
    .trim();
  return out === "" ? null : out;
}
