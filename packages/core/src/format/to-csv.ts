import type { ColumnTable } from "arquero";
import { neutralizeCell } from "./neutralize-cell.js";

/** Options of {@link toCSV} and {@link toCSVChunks}. */
export interface CsvOptions {
  /**
   * write what French Excel opens right: UTF-8 with BOM, `;` between cells, decimal commas, CRLF line ends.
   * Default false: UTF-8 without BOM, `,`, decimal points, LF.
   */
  excel?: boolean;
  /** the cell separator (one character, not a quote or a line break); `,` by default, `;` with `excel` */
  delimiter?: string;
  /** start with a byte order mark; default true with `excel`, false otherwise */
  bom?: boolean;
  /** the columns to write, in order; all by default */
  columns?: string[];
}

interface Resolved {
  delimiter: string;
  decimalComma: boolean;
  newline: string;
  bom: boolean;
}

function resolve(options: CsvOptions): Resolved {
  const excel = options.excel === true;
  const delimiter = options.delimiter ?? (excel ? ";" : ",");
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new Error("toCSV requires a delimiter of one character other than a quote or a line break");
  }
  return {
    delimiter,
    decimalComma: excel && delimiter !== ",",
    newline: excel ? "\r\n" : "\n",
    bom: options.bom ?? excel,
  };
}

function numberText(value: number, o: Resolved): string {
  if (!Number.isFinite(value)) return "";
  const text = String(value);
  return o.decimalComma ? text.replace(".", ",") : text;
}

function cellText(value: unknown, o: Resolved): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, o);
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return quote(neutralizeCell(String(value)), o.delimiter);
}

const CACHE_LIMIT = 50_000;
const CACHE_SAMPLE = 2_000;
const NEEDS_QUOTES = /["\n\r]|^ | $/;

function quote(text: string, delimiter: string): string {
  if (text.includes(delimiter) || NEEDS_QUOTES.test(text)) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * Writes a table as CSV text, a chunk of rows at a time, so a million-row table never becomes one
 * string: write each chunk to a file or a stream as it comes. Same output as {@link toCSV}.
 *
 * @param table - the table
 * @param options - see {@link CsvOptions}
 * @param rowsPerChunk - rows per yielded chunk (the header and BOM come with the first), 1 000 by default (small chunks
 *   die young, which keeps garbage collection cheap beside a large table)
 * @throws Error "toCSV requires a delimiter of one character..." for a bad delimiter
 * @example
 * [...toCSVChunks(aq.table({ a: [1, 2] }), {}, 1)] // => ["a\n1\n", "2\n"]
 */
export function* toCSVChunks(table: ColumnTable, options: CsvOptions = {}, rowsPerChunk = 1000): Generator<string> {
  const o = resolve(options);
  const names = options.columns ?? table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  const n = table.numRows();
  let chunk =
    (o.bom ? "\uFEFF" : "") +
    names.map((name) => quote(neutralizeCell(name), o.delimiter)).join(o.delimiter) +
    o.newline;
  let inChunk = 0;
  const lines: string[] = [];
  // the same texts, dates and numbers repeat down a column: format each once; a column of unique
  // values (identifiers, line numbers) stops caching after a sample shows it does not pay
  const caches: (Map<unknown, string> | null)[] = columns.map(() => new Map<unknown, string>());
  const misses = new Array<number>(columns.length).fill(0);
  for (let i = 0; i < n; i++) {
    let line = "";
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) line += o.delimiter;
      const value = (columns[c] as ArrayLike<unknown>)[i];
      if (value === null || value === undefined) continue;
      const cache = caches[c] as Map<unknown, string> | null;
      if (cache === null) {
        line += cellText(value, o);
        continue;
      }
      const key = value instanceof Date ? value.getTime() : value;
      let text = cache.get(key);
      if (text === undefined) {
        text = cellText(value, o);
        cache.set(key, text);
        const m = ++(misses[c] as number);
        if (m >= CACHE_SAMPLE && (m > 0.5 * i || cache.size >= CACHE_LIMIT)) caches[c] = null;
      }
      line += text;
    }
    lines.push(line);
    if (++inChunk >= rowsPerChunk) {
      yield chunk + lines.join(o.newline) + o.newline;
      lines.length = 0;
      chunk = "";
      inChunk = 0;
    }
  }
  if (lines.length > 0) yield chunk + lines.join(o.newline) + o.newline;
  else if (chunk !== "") yield chunk;
}

/**
 * Writes a table as CSV text that is safe to open in a spreadsheet: text cells that a spreadsheet
 * would run as formulas are neutralised with a leading `'` (see {@link neutralizeCell}), multi-line
 * cells are quoted, numbers are written exactly, dates as ISO dates (`2024-03-01`), missing as empty.
 * With `excel: true` it writes what French Excel opens right: BOM, semicolons, decimal commas.
 *
 * @param table - the table
 * @param options - see {@link CsvOptions}
 * @throws Error "toCSV requires a delimiter of one character..." for a bad delimiter
 * @example
 * toCSV(aq.table({ note: ["=1+1"], hours: [2.5] }), { excel: true }) // => "\uFEFFnote;hours\r\n'=1+1;2,5\r\n"
 */
export function toCSV(table: ColumnTable, options: CsvOptions = {}): string {
  let out = "";
  for (const chunk of toCSVChunks(table, options)) out += chunk;
  return out;
}
