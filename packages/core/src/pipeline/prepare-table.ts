import { CleanError } from "../clean/clean-error.js";
import { type CleanOptions, type CleanResult, cleanTable } from "../clean/clean-table.js";
import { detectKind } from "../clean/detect-kind.js";
import type { SchemaName } from "../clean/schemas.js";
import { reshapeWaves } from "../files/reshape-waves.js";
import type { IngestReport, IngestResult } from "../ingest/ingest-report.js";
import type { Issue } from "../messages/issue.js";

/** Options of {@link prepareTable}: the cleaning's, with the kind of the file. */
export interface PrepareOptions
  extends Omit<CleanOptions, "schema" | "ingestIssues" | "rowFlags" | "hxl" | "monthColumns"> {
  /** What the file holds; detected from its headers (and HXL hashtags) when absent or `"auto"`. */
  kind?: SchemaName | "auto";
}

/** A file read, mapped, cleaned and validated: what every door of solidata starts from. */
export interface PreparedTable {
  /** The file's name as given to the ingest (shown in the appendix, never a path). */
  file: string;
  /** The schema the rows were mapped to, or `null` when the file could not be recognised. */
  kind: SchemaName | null;
  /** What the ingest found (encoding, delimiter, columns, every issue). */
  ingest: IngestReport;
  /** The clean table, the quarantine, the recipe and the clean report; `null` when the file was not cleaned. */
  cleaned: CleanResult | null;
  /** Why the file was not cleaned, as issues of the cleaning step (e.g. `clean.schema_not_detected`). */
  issues: Issue[];
}

/** HXL hashtags by header, from the ingest report (internal). */
export function hxlOf(report: IngestReport): Record<string, string> {
  const hxl: Record<string, string> = {};
  for (const column of report.columns) if (column.hxl) hxl[column.name] = column.hxl;
  return hxl;
}

/**
 * Prepares an ingested table: recognises its kind (headers, values and HXL hashtags; a wide follow-up
 * survey is reshaped to one row per person, measure and wave), maps it, cleans it and
 * validates every row with the flags the ingest gave it (`rowFlags`, never a capped list), so that the same
 * file gives the same rows, quarantine and figures through `clean`, `report`, `init` and the library.
 *
 * Why: this is the single preparation step of solidata; call it after `fromCSV` or `loadTable`
 * rather than `cleanTable` alone, and a notebook gets
 * exactly the rows a report counts.
 *
 * @param ingested - the result of `fromCSV` / `loadTable` (its `rowFlags`; without them, its `report.issues`)
 * @param options - the kind (default: detected), and any option of `cleanTable`
 * @returns the prepared table; a file whose kind is not recognised has `cleaned: null` and an issue
 * @throws CleanError when a mapping or recipe given by the user cannot be applied
 * @example
 * const prepared = await prepareTable(fromCSV(bytes, { file: "benevoles.csv" }));
 * prepared.kind // => "volunteers"
 */
export async function prepareTable(ingested: IngestResult, options: PrepareOptions = {}): Promise<PreparedTable> {
  const { kind: wanted = "auto", ...clean } = options;
  const hxl = hxlOf(ingested.report);
  const base = { file: ingested.report.file ?? "", ingest: ingested.report };
  let kind: SchemaName | null = wanted === "auto" ? null : wanted;
  let table = ingested.table;
  const notes: Issue[] = [];
  // a wide follow-up survey (bdi.pre, bdi.2m…) is read as one row per person, measure and wave
  if (options.recipe === undefined && (kind === null || kind === "outcomes")) {
    const detection = detectKind(table, { hxl, ...(options.now ? { now: options.now } : {}) });
    const wide = detection.candidates.some((c) => c.kind === "outcomes" && c.penalties.includes("kind.wide_survey"));
    if (wide && (kind === "outcomes" || detection.kind === "outcomes")) {
      const reshaped = reshapeWaves(table);
      table = reshaped.table;
      kind = "outcomes";
      notes.push(...reshaped.issues);
    }
  }
  try {
    const cleaned = await cleanTable(table, {
      ...clean,
      ...(kind ? { schema: kind } : {}),
      hxl,
      monthColumns: ingested.report.columns.filter((c) => c.datePrecision === "month").map((c) => c.name),
      // the flags of the ingest are about the rows of the file as read, not of a reshaped table
      ...(table !== ingested.table
        ? {}
        : ingested.rowFlags !== undefined
          ? { rowFlags: ingested.rowFlags }
          : { ingestIssues: ingested.report.issues }),
    });
    return { ...base, kind: cleaned.schema, cleaned, issues: notes };
  } catch (error) {
    if (error instanceof CleanError && options.recipe === undefined && options.mapping === undefined) {
      return { ...base, kind, cleaned: null, issues: error.issues };
    }
    throw error;
  }
}
