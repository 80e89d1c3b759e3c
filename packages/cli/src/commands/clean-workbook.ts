import {
  type CleanResult,
  type CodeTail,
  type Lang,
  type SchemaName,
  schemaFields,
  toXLSX,
  type XlsxSheet,
} from "@solidata/core";
import type { ColumnTable } from "arquero";
import { type CliCode, t } from "../messages.js";

/** Columns that `clean` adds or writes beside the schema's fields, with a header in the CLI catalogue. */
const EXTRA_COLUMNS: ReadonlySet<string> = new Set<CodeTail<CliCode, "clean.excel.column.">>([
  "_line",
  "commune_code",
  "departement",
  "region",
  "line",
  "column",
  "code",
  "other_codes",
  "message_en",
  "message_fr",
  "kept_line",
  "rule",
]);

function isExtraColumn(name: string): name is CodeTail<CliCode, "clean.excel.column."> {
  return EXTRA_COLUMNS.has(name);
}

/**
 * The header shown above each column of a sheet: the field's label in the chosen language for the
 * schema's fields (`postcode` → "Code postal"), a catalogue word for the columns `clean` adds, and the
 * column's own name otherwise (the original headers of the quarantine, pseudonym columns).
 *
 * @param table - the table whose columns are labelled
 * @param schema - the schema the file was cleaned with
 * @param lang - the language of the labels
 * @returns header by column name, unique within the sheet
 * @example
 * workbookHeaders(aq.table({ postcode: ["01000"] }), "volunteers", "fr") // => { postcode: "Code postal" }
 */
export function workbookHeaders(table: ColumnTable, schema: SchemaName, lang: Lang): Record<string, string> {
  const labels = new Map(schemaFields[schema].map((f) => [f.name, f.label[lang]]));
  const headers: Record<string, string> = {};
  const used = new Set<string>();
  for (const name of table.columnNames()) {
    let header = labels.get(name) ?? (isExtraColumn(name) ? t(lang, `clean.excel.column.${name}`) : name);
    if (used.has(header.toLowerCase())) header = `${header} (${name})`;
    used.add(header.toLowerCase());
    headers[name] = header;
  }
  return headers;
}

/**
 * The workbook of `clean --excel`: the clean rows on the first sheet, the quarantine on its own
 * sheet, and the merged duplicates on a third when there are any; headers in the chosen language,
 * cells typed by value (identifiers, postcodes and phones as text, dates as dates, numbers as numbers).
 *
 * @param result - what `cleanTable` returned (after any pseudonymised export)
 * @param lang - the language of the sheet names and headers
 * @returns the bytes of the .xlsx file
 * @throws Error from core's `toXLSX` when a sheet has more rows than Excel can show
 * @example
 * const bytes = await cleanWorkbook(result, "fr"); // sheets "Lignes propres", "Quarantaine"
 */
export async function cleanWorkbook(
  result: Pick<CleanResult, "clean" | "quarantine" | "duplicates"> & { report: { schema: SchemaName } },
  lang: Lang,
): Promise<Uint8Array> {
  const schema = result.report.schema;
  const sheet = (key: CodeTail<CliCode, "clean.excel.sheet.">, table: ColumnTable): XlsxSheet => ({
    name: t(lang, `clean.excel.sheet.${key}`),
    table,
    headers: workbookHeaders(table, schema, lang),
  });
  const sheets = [sheet("clean", result.clean), sheet("quarantine", result.quarantine)];
  if (result.duplicates.numRows() > 0) sheets.push(sheet("duplicates", result.duplicates));
  return toXLSX(sheets);
}
