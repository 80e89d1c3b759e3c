import { NOTE_WORDS, TOTAL_PREFIXES, TOTAL_WORDS } from "../locales/recognition/summary-row-words.js";
import { parseNumber, parsePercent } from "./value-parsers.js";

/** What a row that is not data holds: a total of the rows above it, or a note under the table. */
export type SummaryRowKind = "total" | "note";

const TOTALS = new Set(TOTAL_WORDS);
const NOTE = new RegExp(
  `^(?:(?:${NOTE_WORDS.map((w) => w.replace(/[.]/g, "\\.")).join("|")})\\s*[:.]|\\*|\\(\\d{1,2}\\)|\\([a-z]\\)\\s|©)`,
);
/** A note written as a sentence in the first column: long, with words. */
const LONG_NOTE = 60;

/** Lower case, no accents, spaces (no-break ones too) collapsed. */
function key(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ");
}

/**
 * The first letters of the total words and prefixes (their keys are lower-case ASCII): a label
 * whose first character is another ASCII character is no total label, told without its key.
 */
const TOTAL_FIRST = new Set([...TOTAL_WORDS, ...TOTAL_PREFIXES].map((w) => key(w).charCodeAt(0)));

/** Whether a cell is empty or white space only, without trimming a cell that starts with a printable ASCII character. */
function isBlankCell(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return text.trim() === "";
}

/** Marks statistics tables write in a cell with no figure: not available, secret, not significant. */
const NO_FIGURE = /^(?:-|–|—|\.{1,3}|…|s|nd|n\.d\.?|na|n\/a|ns|nc|x|\/\/)$/i;

function isNumber(text: string): boolean {
  const t = text.trim();
  if (NO_FIGURE.test(t)) return true;
  return (
    parseNumber(t, { decimal: "," }) !== undefined ||
    parseNumber(t, { decimal: "." }) !== undefined ||
    parsePercent(t, { decimal: "," }) !== undefined
  );
}

/** Whether a label names a total: a total word alone (notes marks `(1)`, `*`, `:` aside), or `Total …`. */
function isTotalLabel(label: string): boolean {
  const k = key(label)
    .replace(/\s*(?:\(\d{1,2}\)|\*+|:)\s*$/, "")
    .trim();
  if (TOTALS.has(k)) return true;
  return TOTAL_PREFIXES.some((p) => k.startsWith(`${p} `) || k.startsWith(`${p}:`));
}

/**
 * Tells whether a record of a table with at least two columns is a total row or a note rather than
 * data. A total row's first non-empty cell is a total word in French or English (`Ensemble`,
 * `Total`, `Total général`, `Sous-total`, `Overall`) and every other non-empty cell is a number
 * (at least one). A note has a single non-empty cell that opens with a note word and a colon
 * (`Source :`, `Champ :`, `Lecture :`, `Note :`), a call mark (`*`, `(1)`, `(a)`, `©`), or is a
 * sentence of 60 characters or more in the first column.
 *
 * Why: statistics exports (INSEE, DREES, data.gouv.fr) add a total under their rows and notes under
 * the table; read as data, a total doubles every sum and a note becomes a row of blanks. Whether a
 * note candidate is really under the table (no data after it) is for the caller to tell.
 *
 * @param fields - the cells of one record, as text
 * @returns `"total"`, `"note"`, or `undefined` for a data row
 * @example
 * summaryRowKind(["Ensemble", "305", "66524339"]) // => "total"
 * summaryRowKind(["Source : Insee, recensement 2017.", "", ""]) // => "note"
 * summaryRowKind(["Source : Insee, recensement 2017."]) // => "note"
 * summaryRowKind(["Ensemble vocal", "300"]) // => undefined
 */
export function summaryRowKind(fields: readonly string[]): SummaryRowKind | undefined {
  // the table has two columns or more (the caller checks): a note written without its delimiters is one field
  if (fields.length === 0) return undefined;
  let first = -1;
  let filled = 0;
  for (let i = 0; i < fields.length; i++) {
    if (isBlankCell(fields[i] as string)) continue;
    if (first < 0) first = i;
    filled++;
  }
  if (first < 0) return undefined;
  const label = fields[first] as string;
  if (filled === 1) {
    if (NOTE.test(key(label))) return "note";
    if (first === 0 && label.trim().length >= LONG_NOTE && /\s\S+\s/.test(label.trim())) return "note";
    return undefined;
  }
  // a total label opens with the first letter of a total word (cheaper than the number test and the key)
  const c = label.trim().charCodeAt(0);
  if (c < 128 && !TOTAL_FIRST.has(c >= 65 && c <= 90 ? c + 32 : c)) return undefined;
  if (isNumber(label) || !isTotalLabel(label)) return undefined;
  for (let i = first + 1; i < fields.length; i++) {
    const v = fields[i] as string;
    if (!isBlankCell(v) && !isNumber(v)) return undefined;
  }
  return "total";
}
