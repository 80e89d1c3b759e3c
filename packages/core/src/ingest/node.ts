import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { checkZipLimits } from "./check-zip-limits.js";
import { CsvPipeline } from "./csv-pipeline.js";
import { fromRows } from "./from-rows.js";
import { IngestError } from "./ingest-error.js";
import type { IngestOptions, IngestResult } from "./ingest-report.js";
import type { HeaderSpan } from "./join-header-rows.js";
import { loadCSVParallel, PARALLEL_MIN_BYTES, READ_BYTES } from "./load-csv-parallel.js";
import { readXlsxLayout } from "./read-xlsx-layout.js";

/**
 * Reads a CSV file into an arquero table and its report, streaming the bytes: files larger than
 * one JavaScript string (over 512 MB) are read as long as their columns fit in memory. The report
 * holds the file name, its size and its SHA-256.
 *
 * Why: the everyday way to read an association's export from a script.
 *
 * @param path - path of a `.csv`, `.tsv` or `.txt` file
 * @param options - as for `fromCSV` (`file` defaults to the file's base name)
 * @returns a promise of `{ table, report }`
 * @throws IngestError `ingest.file_not_found`, `ingest.file_unreadable`, and every error of `fromCSV`
 * @example
 * const { table, report } = await loadCSV("benevoles.csv");
 * report.encoding // => "windows-1252"
 */
export async function loadCSV(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const file = options.file ?? basename(path);
  const size = await checkFile(path, file);
  const parallel = options.parallel ?? true;
  const settings = typeof parallel === "object" ? parallel : {};
  // one JavaScript Buffer read holds at most 2 GiB: larger files stream on one thread
  if (parallel !== false && size >= (settings.minBytes ?? PARALLEL_MIN_BYTES) && size < 2 ** 31) {
    try {
      return await loadCSVParallel(path, { ...options, file }, size);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw unreadable(file, error);
    }
  }
  const pipeline = new CsvPipeline({ ...options, file }, undefined, size);
  const hash = createHash("sha256");
  const stream = createReadStream(path, { highWaterMark: settings.readBytes ?? READ_BYTES });
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      pipeline.pushBytes(chunk);
      read += chunk.length;
      options.onProgress?.(read, size);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof IngestError) throw error;
    throw unreadable(file, error);
  }
  pipeline.setSha256(hash.digest("hex"));
  return pipeline.end();
}

/**
 * Reads one worksheet of a workbook (.xlsx, .xls, .ods) into an arquero table and its report,
 * typed like CSV. Native numbers, booleans and dates keep their value; Excel serial dates become
 * `Date`s; a code stored as a float (1033.0) reads "1033" when its column is an identifier;
 * `_line` holds the worksheet row number.
 *
 * Why: many associations keep their registers in Excel or LibreOffice.
 *
 * A hidden sheet is never read unless asked for, and is listed (`report.sheets`) by its position
 * (`#4`), never by its name; merged header cells name every column they cover, and a merged cell
 * in the data is not forward-filled.
 *
 * Without `sheet`, the only visible sheet with data is read (empty and hidden sheets aside); when
 * several visible sheets hold data, the reader does not guess: it throws `ingest.sheet_ambiguous`,
 * whose `params.sheets` lists every sheet by position and name (`1 "2024", 2 "2025", #3`, a hidden
 * sheet by its position only) and `params.count` the sheets with data. `ambiguousSheet: "first"`
 * reads the first of them instead (for a look at the file only).
 *
 * @param path - path of the workbook
 * @param options - `sheet` (a name; or a position as people count, `"1"` for the first, as the CLI's `--sheet`; or a 0-based number; default: the only visible sheet with data), `ambiguousSheet`, and the options of `fromCSV`
 * @returns a promise of `{ table, report }`
 * @throws IngestError `ingest.file_not_found`, `ingest.workbook_corrupted`, `ingest.workbook_protected`, `ingest.sheet_ambiguous` (several sheets of data, none chosen), `ingest.sheet_not_found`, `ingest.empty_file`, `ingest.workbook_entry_ratio` and `ingest.workbook_too_large` (see `checkZipLimits`)
 * @example
 * const { report } = await loadSpreadsheet("registre.xlsx", { sheet: "2024" });
 * report.sheet // => "2024"
 */
export async function loadSpreadsheet(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const file = options.file ?? basename(path);
  await checkFile(path, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw unreadable(file, error);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const extension = extname(path).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format = extension === ".ods" ? "ods" : extension === ".xls" ? "xls" : "xlsx";
  let sheets: WorkbookSheet[];
  const isCfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if ((format === "xlsx" && !isZip && !isCfb) || (format === "ods" && !isZip)) {
    const reason = format === "ods" ? "not an OpenDocument archive" : "not an Office Open XML archive";
    throw new IngestError({ code: "ingest.workbook_corrupted", severity: "error", params: { file, reason } });
  }
  // a zip bomb, or a sheet too large to parse in memory, is refused before any reader inflates it
  if (isZip) await checkZipLimits(bytes, file, options.maxUnzippedBytes ? { maxBytes: options.maxUnzippedBytes } : {});
  try {
    sheets = format === "xlsx" && isZip ? await readXlsx(bytes) : await readWithSheetJs(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code =
      /password|encrypt/i.test(reason) || (isCfb && format !== "xls")
        ? "ingest.workbook_protected"
        : "ingest.workbook_corrupted";
    throw new IngestError({ code, severity: "error", params: { file, reason: reason.slice(0, 200) } });
  }
  const wanted = options.sheet;
  let sheet: (typeof sheets)[number] | undefined;
  const listed = sheets.map((s, i) => ({
    name: s.hidden ? hiddenName(i) : s.name,
    rows: s.rows.length,
    ...(s.hidden ? { hidden: true } : {}),
  }));
  if (wanted === undefined) {
    const withData = sheets.filter(
      (s) => !s.hidden && s.rows.some((r) => r.some((c) => c !== null && c !== undefined && c !== "")),
    );
    // several sheets of data: which one holds the figures is the user's to say, never a guess
    if (withData.length > 1 && options.ambiguousSheet !== "first") {
      throw new IngestError({
        code: "ingest.sheet_ambiguous",
        severity: "error",
        params: { file, count: withData.length, sheets: sheetList(listed) },
      });
    }
    sheet = withData[0] ?? sheets.find((s) => !s.hidden) ?? sheets[0];
  } else if (typeof wanted === "number") sheet = sheets[wanted];
  else {
    // a name as written, else a position as people count (1 is the first sheet)
    const trimmed = wanted.trim();
    sheet =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim() === trimmed) ??
      (/^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? sheets[Number(trimmed) - 1] : undefined);
  }
  if (sheet === undefined) {
    throw new IngestError({
      code: "ingest.sheet_not_found",
      severity: "error",
      params: { file, sheet: String(wanted ?? 0), sheets: listed.map((s) => s.name).join(", ") },
    });
  }
  const first = sheet.firstRow;
  const result = fromRows(
    {
      rows: sheet.rows,
      lines: sheet.rows.map((_, i) => first + i),
      format,
      sheet: sheet.hidden ? hiddenName(sheets.indexOf(sheet)) : sheet.name,
      bytes: bytes.length,
      sha256,
      spans: sheet.spans,
      formulasWithoutValue: sheet.formulasWithoutValue,
    },
    { ...options, file },
  );
  result.report.sheets = listed;
  return result;
}

/**
 * Reads a CSV file or a workbook, choosing the reader by the file extension: `.xlsx`, `.xls`,
 * `.ods` go to {@link loadSpreadsheet}, everything else to {@link loadCSV} (a workbook with a
 * `.csv` name is refused with a clear message).
 *
 * Why: commands and scripts take whatever file the user has.
 *
 * @param path - path of the file
 * @param options - as for {@link loadCSV} and {@link loadSpreadsheet}
 * @returns a promise of `{ table, report }`
 * @throws IngestError as the chosen reader does
 * @example
 * const { report } = await loadTable("visites.xlsx");
 * report.format // => "xlsx"
 */
export async function loadTable(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx" || extension === ".xls" || extension === ".ods" || extension === ".xlsm") {
    return loadSpreadsheet(path, options);
  }
  return loadCSV(path, options);
}

/** Checks that `path` is a readable file and returns its size in bytes. */
async function checkFile(path: string, file: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new IngestError({
        code: "ingest.file_unreadable",
        severity: "error",
        params: { file, reason: "directory" },
      });
    }
    return info.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new IngestError({ code: "ingest.file_not_found", severity: "error", params: { file } });
    }
    throw unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): IngestError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new IngestError({ code: "ingest.file_unreadable", severity: "error", params: { file, reason } });
}

/** One worksheet as read: its cells, where they start, and what the cells do not tell. */
interface WorkbookSheet {
  name: string;
  rows: unknown[][];
  firstRow: number;
  hidden?: boolean;
  /** Merged ranges by worksheet row where they start: the 0-based columns each covers. */
  spans?: Map<number, HeaderSpan[]>;
  /** Formula cells without a cached value, by worksheet row: their 0-based columns. */
  formulasWithoutValue?: Map<number, number[]>;
}

/**
 * The sheets as a message lists them: each by its position as people count and its name in quotes, a
 * hidden one by its position only (`1 "2024", 2 "2025", #3`).
 */
function sheetList(listed: readonly { name: string; hidden?: boolean }[]): string {
  return listed.map((s, i) => (s.hidden ? s.name : `${i + 1} "${s.name}"`)).join(", ");
}

/** The name a hidden sheet is listed under: its 1-based position, never its own name. */
function hiddenName(index: number): string {
  return `#${index + 1}`;
}

async function readXlsx(bytes: Buffer): Promise<WorkbookSheet[]> {
  const { default: readXlsxFile } = await import("read-excel-file/node");
  const sheets = await readXlsxFile(bytes);
  const layouts = readXlsxLayout(bytes);
  return sheets.map((s) => {
    const layout = layouts.find((l) => l.name === s.sheet);
    const spans = new Map<number, HeaderSpan[]>();
    for (const m of layout?.merges ?? []) {
      const list = spans.get(m.top) ?? [];
      list.push({ from: m.left, to: m.right });
      spans.set(m.top, list);
    }
    const formulas = new Map<number, number[]>();
    for (const f of layout?.formulasWithoutValue ?? []) formulas.set(f.row, [...(formulas.get(f.row) ?? []), f.column]);
    return {
      name: s.sheet,
      rows: s.data as unknown[][],
      firstRow: 1,
      hidden: layout?.hidden === true,
      spans,
      formulasWithoutValue: formulas,
    };
  });
}

async function readWithSheetJs(bytes: Buffer): Promise<WorkbookSheet[]> {
  const XLSX = await import("@e965/xlsx");
  const workbook = XLSX.read(bytes, { cellDates: true, dense: false });
  if (workbook.SheetNames.length === 0) throw new Error("no worksheet");
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    if (!sheet?.["!ref"]) return { name, rows: [], firstRow: 1 };
    const range = XLSX.utils.decode_range(sheet["!ref"]);
    // an error cell shows its error (#N/A) even where the file stores a number (0) under it
    for (const address of Object.keys(sheet)) {
      if (address.startsWith("!")) continue;
      const cell = sheet[address] as { t?: string; v?: unknown; w?: string } | undefined;
      if (cell === undefined) continue;
      if (cell.t === "e" || (typeof cell.w === "string" && /^#[A-Z/0!?]+[!?A]$/.test(cell.w))) {
        const shown = typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#N/A";
        sheet[address] = { t: "s", v: shown };
      }
    }
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    return { name, rows, firstRow: range.s.r + 1 };
  });
}
