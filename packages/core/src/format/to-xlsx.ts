import type { ColumnTable } from "arquero";

/** One worksheet of {@link toXLSX}: a table, the sheet's name and, optionally, the header shown for each column. */
export interface XlsxSheet {
  /** the sheet's tab name: 1 to 31 characters, none of `[ ] : * ? / \` */
  name: string;
  table: ColumnTable;
  /** the columns to write, in order; all by default */
  columns?: string[];
  /** the header written above each column, by column name (e.g. French labels); the column name otherwise */
  headers?: Readonly<Record<string, string>>;
}

/** Rows Excel can show in one sheet, header included. */
export const XLSX_MAX_ROWS = 1_048_576;

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial day (the 1900 date system) */
const EPOCH_SERIAL = 25_569;
const BAD_SHEET_NAME = /[[\]:*?/\\]/;

type Cell = { t: "s"; v: string } | { t: "n"; v: number; z?: string } | { t: "b"; v: boolean };

function cell(value: unknown): Cell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : { t: "s", v: value };
  if (typeof value === "number") return Number.isFinite(value) ? { t: "n", v: value } : null;
  if (typeof value === "bigint") return { t: "s", v: String(value) };
  if (typeof value === "boolean") return { t: "b", v: value };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    const serial = ms / MS_PER_DAY + EPOCH_SERIAL;
    const dateOnly = ms % MS_PER_DAY === 0;
    // built-in formats 14 and 22: the short date (and time) of the reader's locale, 01/03/2024 in French Excel
    return { t: "n", v: serial, z: dateOnly ? "m/d/yy" : "m/d/yy h:mm" };
  }
  return { t: "s", v: String(value) };
}

/**
 * Writes tables as an Excel workbook (.xlsx), one sheet per table, with each cell typed from its
 * value: text stays text (`"01000"`, `"00152"`, `"+33612345678"` keep their zeros and their plus, and a
 * text starting with `=` is never run as a formula), numbers are numbers, dates are Excel dates
 * (the short date of the reader's locale, with the time when it is not midnight UTC), booleans are booleans, missing is an empty cell.
 *
 * Why: a CSV opened by double-click in French Excel loses the leading zeros of postcodes and member
 * numbers and the plus of phones; a workbook says which cell is text.
 *
 * @param sheets - the sheets, in order (at least one; names unique, 31 characters at most; at most
 *   {@link XLSX_MAX_ROWS} rows each, header included)
 * @returns the bytes of the .xlsx file
 * @throws Error "toXLSX requires ..." for no sheet, a bad or repeated sheet name, or too many rows
 * @example
 * const bytes = await toXLSX([{ name: "clean", table: aq.table({ postcode: ["01000"], hours: [2.5] }) }]);
 * bytes[0] === 0x50 && bytes[1] === 0x4b // => true (a zip file)
 */
export async function toXLSX(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error("toXLSX requires at least one sheet");
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const folded = sheet.name.toLowerCase();
    if (sheet.name.length === 0 || sheet.name.length > 31 || BAD_SHEET_NAME.test(sheet.name) || seen.has(folded)) {
      throw new Error(
        `toXLSX requires unique sheet names of 1 to 31 characters without [ ] : * ? / \\: "${sheet.name}"`,
      );
    }
    seen.add(folded);
    if (sheet.table.numRows() + 1 > XLSX_MAX_ROWS) {
      throw new Error(`toXLSX requires at most ${XLSX_MAX_ROWS - 1} rows in a sheet: "${sheet.name}"`);
    }
  }
  const XLSX = await import("@e965/xlsx");
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const names = sheet.columns ?? sheet.table.columnNames();
    // a dense sheet (rows of cells) builds several times faster than one keyed by cell reference
    const n = sheet.table.numRows();
    const data: (Cell | undefined)[][] = [names.map((name) => ({ t: "s", v: sheet.headers?.[name] ?? name }))];
    for (let r = 0; r < n; r++) data.push(new Array<Cell | undefined>(names.length));
    names.forEach((name, c) => {
      const values = sheet.table.array(name) as ArrayLike<unknown>;
      for (let r = 0; r < n; r++) {
        const typed = cell(values[r]);
        if (typed !== null) (data[r + 1] as (Cell | undefined)[])[c] = typed;
      }
    });
    const worksheet = {
      "!data": data,
      "!ref": XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: n, c: Math.max(names.length - 1, 0) } }),
    };
    XLSX.utils.book_append_sheet(workbook, worksheet as never, sheet.name);
  }
  const out = XLSX.write(workbook, { type: "array", bookType: "xlsx", bookSST: true, compression: true });
  return new Uint8Array(out as ArrayBuffer);
}
