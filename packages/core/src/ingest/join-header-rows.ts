import { parseDate, parseNumber } from "./value-parsers.js";

/** A range of merged cells of the header row, by 0-based column: `from` holds the text, up to `to`. */
export interface HeaderSpan {
  from: number;
  to: number;
}

/** Header rows joined into one name per column. */
export interface JoinedHeader {
  /** How many rows under the header were header material (0, 1 or 2). */
  rows: number;
  /** Whether the row above the header named groups of its columns (`en nombre` over six columns) and was joined. */
  above: boolean;
  /** One name per column: the header's text (spread across its merged or blank cells) and the text under it. */
  names: string[];
}

const YEAR = /^(?:1[89]|20|21)\d{2}$/;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
/** Rows of data looked at to tell header material from data. */
const DATA_ROWS = 30;

function isValue(text: string): boolean {
  const t = text.trim();
  return (
    parseNumber(t, { decimal: "," }) !== undefined ||
    parseNumber(t, { decimal: "." }) !== undefined ||
    parseDate(t, "dmy") !== undefined
  );
}

/** Columns covered by a span (or its start) of the header, beyond its first cell. */
function spreadColumns(header: readonly string[], spans: readonly HeaderSpan[]): Set<number> {
  const spread = new Set<number>();
  for (const span of spans) {
    if ((header[span.from] ?? "").trim() === "") continue;
    for (let c = span.from; c <= span.to; c++) spread.add(c);
  }
  return spread;
}

/** Groups of a header without merge information: a header cell and the blank cells right of it over values below. */
function groupsOf(header: readonly string[], below: readonly string[]): HeaderSpan[] {
  const spans: HeaderSpan[] = [];
  for (let c = 0; c < header.length; c++) {
    if ((header[c] ?? "").trim() === "" || (below[c] ?? "").trim() === "") continue;
    let to = c;
    while (
      to + 1 < Math.max(header.length, below.length) &&
      (header[to + 1] ?? "").trim() === "" &&
      (below[to + 1] ?? "").trim() !== ""
    )
      to++;
    if (to > c) spans.push({ from: c, to });
  }
  return spans;
}

/** The header row with each merged range's text spread across it (without merges: each group of `groupsOf`). */
function spreadHeader(
  header: readonly string[],
  below: readonly string[],
  spans: readonly HeaderSpan[],
  width: number,
): string[] {
  const out = Array.from({ length: width }, (_, c) => (header[c] ?? "").trim());
  for (const span of spans.length > 0 ? spans : groupsOf(header, below)) {
    const text = (header[span.from] ?? "").trim();
    if (text === "") continue;
    for (let c = span.from + 1; c <= span.to && c < width; c++) if (out[c] === "") out[c] = text;
  }
  return out;
}

function isHeaderMaterial(
  candidate: readonly string[],
  header: readonly string[],
  data: readonly (readonly string[])[],
  spread: Set<number>,
): "years" | "codes" | "labels" | undefined {
  const cells: number[] = [];
  for (let c = 0; c < candidate.length; c++) if ((candidate[c] as string).trim() !== "") cells.push(c);
  if (cells.length === 0) return undefined;
  const column = (c: number): string[] =>
    data.map((r) => (r[c] ?? "").trim()).filter((v) => v !== "" && v !== "-" && v.toLowerCase() !== "na");
  const text = (c: number): string => (candidate[c] as string).trim();
  // a text under the header that also is a value of its column below is data
  if (cells.some((c) => column(c).includes(text(c)))) return undefined;
  const headerFilled = header.filter((h) => h.trim() !== "").length;
  // years under a merged or blank header cell: `Part de l'emploi` over 2000 | 2017
  if (cells.every((c) => YEAR.test(text(c)))) {
    const under = cells.filter((c) => spread.has(c) || (header[c] ?? "").trim() === "");
    const beyond = cells.some((c) => (header[c] ?? "").trim() === "" || (spread.has(c) && spread.has(c - 1)));
    if (under.length === cells.length && beyond && cells.every((c) => column(c).length > 0)) return "years";
    return undefined;
  }
  if (cells.some((c) => isValue(text(c)))) return undefined;
  // a row of variable codes under the labels: EPCI | LIBEPCI | NATURE_EPCI | NB_COM
  if (cells.length >= 2 && cells.length >= 0.8 * headerFilled && cells.every((c) => CODE.test(text(c)))) {
    const unlike = cells.filter((c) => {
      const values = column(c);
      return values.length > 0 && values.filter((v) => CODE.test(v)).length <= 0.2 * values.length;
    });
    if (unlike.length >= cells.length / 2) return "codes";
  }
  // words over columns of numbers or dates: labels of a second header row
  if (cells.length >= 2) {
    const overValues = cells.filter((c) => {
      const values = column(c);
      return values.length >= 3 && values.filter(isValue).length >= 0.9 * values.length;
    });
    if (overValues.length >= 2) return "labels";
  }
  return undefined;
}

/**
 * Decides whether the one or two rows under a header (and the row above it) are more header (years under a merged
 * cell, a row of variable codes under the labels, words over columns of numbers) and, if so,
 * joins them into one name per column: `Part de l'emploi total 2000`, `Part de l'emploi total
 * 2017`, `Nature d'EPCI (NATURE_EPCI)`. A merged header cell (or, without merge information, a
 * blank header cell over a group) gives its text to every column it covers.
 *
 * Why: statistics exports and workbooks write headers on two rows; read as data, the second row
 * becomes a row of text that turns every number column into text and counts as a record.
 *
 * @param header - the header row, as text
 * @param under - the one or two rows right under it
 * @param data - the rows after those (the first 30 are looked at), to tell header material from data
 * @param spans - merged ranges of the header row, when the file tells them (xlsx)
 * @param above - the row right above the header and its merged ranges, when there is one: joined when it names groups of columns
 * @returns the rows joined and the names, or `undefined` when the rows under the header are data
 * @example
 * joinHeaderRows(["Zone", "Part", ""], [["", "2000", "2017"]], [["A", "7.5", "7"]])?.names // => ["Zone", "Part 2000", "Part 2017"]
 */
export function joinHeaderRows(
  header: readonly string[],
  under: readonly (readonly string[])[],
  data: readonly (readonly string[])[],
  spans: readonly HeaderSpan[] = [],
  above?: { row: readonly string[]; spans: readonly HeaderSpan[] },
): JoinedHeader | undefined {
  const sample = data.slice(0, DATA_ROWS);
  if (sample.length === 0) return undefined;
  const kinds: ("years" | "codes" | "labels")[] = [];
  for (let i = 0; i < Math.min(2, under.length); i++) {
    const rest = [...under.slice(i + 1), ...sample];
    const row = under[i] as readonly string[];
    // without merge information, the groups are told by blank header cells over values
    const spread = spreadColumns(header, spans.length > 0 ? spans : groupsOf(header, row));
    const kind = isHeaderMaterial(row, header, rest, spread);
    if (kind === undefined) break;
    kinds.push(kind);
  }
  const groups = above !== undefined && isGroupRow(above.row, header, above.spans);
  if (kinds.length === 0 && !groups) return undefined;
  const width = Math.max(header.length, ...under.slice(0, kinds.length).map((r) => r.length));
  let names = spreadHeader(header, (under[0] ?? []) as readonly string[], kinds.length > 0 ? spans : [], width);
  if (groups && above !== undefined) {
    const upper = spreadHeader(above.row, header, above.spans, width);
    names = names.map((name, c) => [upper[c] ?? "", name].filter((t) => t !== "").join(" "));
  }
  kinds.forEach((kind, i) => {
    const row = under[i] as readonly string[];
    names = names.map((name, c) => {
      const part = (row[c] ?? "").trim();
      if (part === "") return name;
      if (name === "") return part;
      return kind === "codes" ? `${name} (${part})` : `${name} ${part}`;
    });
  });
  return { rows: kinds.length, above: groups, names };
}

/**
 * Whether the row above a header names groups of its columns: words (no values) over several
 * columns each, by merged ranges, or, without merge information, words that tell apart header
 * names written twice (`en nombre` / `en %` over `Agriculteurs` … `Agriculteurs`).
 */
function isGroupRow(row: readonly string[], header: readonly string[], spans: readonly HeaderSpan[]): boolean {
  const cells: number[] = [];
  for (let c = 0; c < row.length; c++) if ((row[c] as string).trim() !== "") cells.push(c);
  if (cells.length < 2 || cells.some((c) => isValue(row[c] as string))) return false;
  if (spans.length > 0) {
    const wide = spans.filter((s) => s.to > s.from && (row[s.from] ?? "").trim() !== "");
    return wide.length >= 1 && cells.every((c) => wide.some((s) => s.from === c));
  }
  const names = header.map((h) => h.trim()).filter((h) => h !== "");
  if (new Set(names).size === names.length) return false;
  const upper = spreadHeader(row, header, [], header.length);
  const joined = header
    .map((h, c) => `${upper[c] ?? ""} ${h.trim()}`.trim())
    .filter((_, c) => (header[c] ?? "").trim() !== "");
  return new Set(joined).size === joined.length;
}
