import type { Issue } from "../messages/issue.js";
import { IngestEngine } from "./ingest-engine.js";
import { IngestError } from "./ingest-error.js";
import type { IngestOptions, IngestReport, IngestResult } from "./ingest-report.js";
import type { HeaderSpan } from "./join-header-rows.js";

/** Rows of cells as a workbook reader gives them, with where they come from. */
export interface RowsSource {
  /** Rows of cells (string, number, boolean, Date, null); row `i` is source line `i + 1` unless `lines` says otherwise. */
  rows: readonly (readonly unknown[])[];
  /** 1-based source row number of each row, when rows were skipped. */
  lines?: readonly number[];
  /** Source format for the report; default `"xlsx"`. */
  format?: IngestReport["format"];
  /** Sheet name for the report. */
  sheet?: string;
  /** Size of the source in bytes, for the report. */
  bytes?: number;
  /** Hex SHA-256 of the source, for the report. */
  sha256?: string;
  /**
   * Merged ranges, by 1-based source line where they start: the 0-based columns each covers. A
   * merged header cell names every column it covers; merged cells in the data are never filled.
   */
  spans?: ReadonlyMap<number, HeaderSpan[]>;
  /**
   * Formula cells that hold no cached value, by 1-based source line: their 0-based columns. Each
   * is missing, and flags its row `ingest.formula_without_value` (the cleaning quarantines it).
   */
  formulasWithoutValue?: ReadonlyMap<number, readonly number[]>;
}

/**
 * Types rows of cells the way `fromCSV` types CSV records: header and HXL row detection, one
 * type per column with its reason, identifiers kept as text. Numbers, booleans and dates stored
 * natively in a workbook keep their value (a code stored as the float 1033.0 reads "1033" when
 * its column is an identifier).
 *
 * Why: workbooks arrive as grids of cells; this gives them the same table and report as CSV.
 *
 * @param source - the rows and where they come from
 * @param options - as for `fromCSV` (encoding and delimiter do not apply)
 * @returns `{ table, report }`
 * A cell holding a spreadsheet error (`#N/A`, `#DIV/0!`…) is missing, reported `ingest.error_cell`;
 * a formula cell without a cached value (`formulasWithoutValue`) is missing and flags its row
 * `ingest.formula_without_value`.
 *
 * @throws IngestError `ingest.empty_file` when no row has a value
 * @example
 * fromRows({ rows: [["cp", "n"], ["01000", 3]] }).table.get("cp", 0) // => "01000"
 */
export function fromRows(source: RowsSource, options: IngestOptions = {}): IngestResult {
  const engine = new IngestEngine(options, {
    format: source.format ?? "xlsx",
    bytes: source.bytes ?? 0,
    sha256: source.sha256 ?? null,
    encoding: null,
    bom: false,
    delimiter: null,
    quote: null,
    sheet: source.sheet ?? null,
    defaultDecimal: options.decimal ?? ".",
  });
  if (source.sheet !== undefined)
    engine.decide({ topic: "sheet", code: "ingest.decision.workbook", params: { sheet: source.sheet } });
  if (source.spans !== undefined) engine.setSpans(source.spans);
  const lines = source.lines;
  const formulaIssues: { issue: Issue; index: number }[] = [];
  source.rows.forEach((row, i) => {
    const line = lines?.[i] ?? i + 1;
    const texts = row.map(cellText);
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c] as string;
      // a spreadsheet error (#N/A, #DIV/0!) is no value: missing, with its reason, never 0
      if (text.length > 2 && text.charCodeAt(0) === 35 && SPREADSHEET_ERROR.test(text)) {
        texts[c] = "";
        engine.issue({
          code: "ingest.error_cell",
          severity: "warning",
          line,
          value: text,
          params: { index: c + 1, value: text },
        });
      }
    }
    for (const c of source.formulasWithoutValue?.get(line) ?? []) {
      const issue: Issue = {
        code: "ingest.formula_without_value",
        severity: "warning",
        line,
        value: cellAddress(line, c),
        params: { line, index: c + 1, cell: cellAddress(line, c) },
      };
      formulaIssues.push({ issue, index: c });
      engine.issueOnRow(line, issue);
    }
    engine.record(texts, line);
  });
  const table = engine.finish(null);
  // the column is known once the header is: named in each flag (the same objects as the row flags)
  for (const { issue, index } of formulaIssues) {
    const column = engine.report.columns[index]?.name;
    if (column !== undefined) {
      issue.column = column;
      if (issue.params !== undefined) issue.params.column = column;
    }
  }
  if (engine.report.columns.length === 0) {
    throw new IngestError({ code: "ingest.empty_file", severity: "error", params: { file: options.file ?? "" } });
  }
  return { table, report: engine.report, rowFlags: engine.rowFlags };
}

/** The A1 address of a cell: 1-based line, 0-based column. */
function cellAddress(line: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${line}`;
}

/** The error values a spreadsheet shows in a cell whose formula failed. */
const SPREADSHEET_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** The text of a workbook cell, written so that the CSV rules read it back to the same value. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell instanceof Date) {
    let time = cell.getTime();
    if (Number.isNaN(time)) return "";
    // serial dates stored as floats land a millisecond or two off the second
    const second = Math.round(time / 1000) * 1000;
    if (Math.abs(second - time) <= 2) time = second;
    const iso = new Date(time).toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
  }
  return String(cell);
}
