import { CsvPipeline } from "./csv-pipeline.js";
import type { IngestOptions, IngestResult } from "./ingest-report.js";

/**
 * Reads CSV text or bytes into an arquero table and a report of everything detected: encoding,
 * delimiter, header line (blank and title lines skipped, an HXL hashtag row kept as metadata),
 * and a type per column with its reason. Every record becomes a row; `_line` holds its 1-based
 * source line. Problems that do not stop the reading (ragged rows, renamed headers, values that
 * do not parse under their column's type) are in `report.issues`. Cells are text, numbers,
 * booleans, `Date`s (UTC midnight for dates) or null; equal dates may share one `Date` object, so
 * never mutate one in place.
 *
 * Why: the spreadsheets associations export are messy (semicolons, decimal commas, Windows-1252,
 * postcodes without their leading zero); this reads them without losing a row or a zero.
 *
 * @param input - CSV as a string (already decoded) or as bytes (encoding detected); bytes may exceed what one string holds
 * @param options - overrides of every guess (encoding, delimiter, headerLine, nullTokens, types, dateOrder, decimal)
 * @returns `{ table, report }`
 * @throws IngestError when the input cannot be read: empty, binary, unterminated quote, a field longer than `maxFieldLength`
 * @example
 * const { table, report } = fromCSV("cp;heures\n01000;2,5\n");
 * table.get("cp", 0) // => "01000"
 * table.get("heures", 0) // => 2.5
 * report.delimiter // => ";"
 */
export function fromCSV(input: string | Uint8Array, options: IngestOptions = {}): IngestResult {
  const pipeline = new CsvPipeline(options, undefined, input.length);
  if (typeof input === "string") pipeline.pushString(input);
  else {
    const step = 1 << 22;
    for (let i = 0; i < input.length; i += step) pipeline.pushBytes(input.subarray(i, i + step));
  }
  return pipeline.end();
}
