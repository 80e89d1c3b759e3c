import type { ColumnTable } from "arquero";
import type { CodedColumn } from "../columnar/coded-column.js";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import type { Issue } from "../messages/issue.js";
import { privacyDefaults } from "../privacy/privacy-defaults.js";
import { type SuppressOptions, suppressSmallCells } from "../privacy/suppress-small-cells.js";
import type { PrivacyProfile, SuppressedCell } from "../privacy/types.js";
import { AnalysisError } from "./analysis-error.js";

/** Privacy options every analysis takes. */
export interface AnalysisPrivacy {
  /** `"public"` (default, k = 10) or `"internal"` (k = 5) */
  profile?: PrivacyProfile;
  /** threshold k (at least 5); default from the profile */
  k?: number;
}

/** Options shared by every analysis. */
export interface CommonOptions {
  /** small-cell suppression applied to every person count, rate and sum; default `{ profile: "public" }` */
  privacy?: AnalysisPrivacy;
  /** below this many people a result carries the `analyses.small_n` warning; default 30 */
  smallN?: number;
}

/** The column array of a table, or an AnalysisError naming the function and column (internal). */
export function columnOf(table: ColumnTable, name: string, fn: string): ArrayLike<unknown> {
  requireColumn(table, name, fn);
  return readColumn(table, name);
}

/** An AnalysisError naming the function and column when the table has no such column (internal). */
export function requireColumn(table: ColumnTable, name: string, fn: string): void {
  if (!table.columnNames().includes(name))
    throw new AnalysisError("analyses.missing_column", { function: fn, column: name });
}

/** As {@link columnOf}, a column held as dictionary codes as itself (internal). */
export function columnOrCodesOf(table: ColumnTable, name: string, fn: string): ArrayLike<unknown> | CodedColumn {
  requireColumn(table, name, fn);
  return readColumnOrCodes(table, name);
}

/** The column array when present, else null (internal). */
export function optionalColumn(table: ColumnTable, name: string | undefined): ArrayLike<unknown> | null {
  if (name === undefined || !table.columnNames().includes(name)) return null;
  return readColumn(table, name);
}

/** A person identifier as text, or null when empty (internal). */
export function personKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** A finite number or null (internal). */
export function numberOf(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The `analyses.small_n` warning when n is below the threshold (internal). */
export function smallNWarnings(n: number, threshold: number): Issue[] {
  if (n >= threshold) return [];
  return [{ code: "analyses.small_n", severity: "warning", params: { n, threshold } }];
}

/** Warning for rows left out of an analysis, so nothing is lost silently (internal). */
export function excludedWarning(count: number, reason: "person" | "date" | "value", fn: string): Issue[] {
  if (count === 0) return [];
  return [{ code: `analyses.rows_excluded_${reason}`, severity: "warning", params: { count, function: fn } }];
}

/** Runs small-cell suppression with the analysis' privacy options and collects suppressed cells (internal). */
export function protect(
  table: ColumnTable,
  options: Omit<SuppressOptions, "profile" | "k">,
  privacy: AnalysisPrivacy | undefined,
  into: SuppressedCell[],
): ColumnTable {
  const out = suppressSmallCells(table, { ...options, profile: privacy?.profile ?? "public", k: privacy?.k });
  into.push(...out.suppressed);
  return out.table;
}

/** The privacy parameters as recorded in a result: the profile and the threshold k that applied (internal). */
export function privacyParameters(privacy: AnalysisPrivacy | undefined): {
  privacy: { profile: string; k: number };
  k: number;
} {
  const k = kOf(privacy);
  return { privacy: { profile: privacy?.profile ?? "public", k }, k };
}

/** The threshold k the analysis' privacy options resolve to (internal). */
export function kOf(privacy: AnalysisPrivacy | undefined): number {
  return privacy?.k ?? privacyDefaults(privacy?.profile ?? "public").k;
}

/** Canonical columns that identify a person directly: never a breakdown of a published table. */
export const DIRECT_IDENTIFIERS: ReadonlySet<string> = new Set([
  "person_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "address",
  "birth_date",
]);

/** Refuses to break a table down by a column that identifies people (its labels would be published) (internal). */
export function assertNotIdentifier(column: string, fn: string, person: string): void {
  if (DIRECT_IDENTIFIERS.has(column) || column === person) {
    throw new AnalysisError("analyses.identifier_breakdown", { function: fn, column });
  }
}

/**
 * Small-cell suppression row by row, for tables whose rows add up to no published total (arms and waves of the
 * same people): primary and small-base rules only, no complementary suppression across rows (internal).
 */
export function protectRows(
  table: ColumnTable,
  options: Omit<SuppressOptions, "profile" | "k" | "dimensions">,
  privacy: AnalysisPrivacy | undefined,
  into: SuppressedCell[],
): ColumnTable {
  const n = table.numRows();
  if (n === 0) return protect(table, options, privacy, into);
  const parts: ColumnTable[] = [];
  for (let i = 0; i < n; i++) {
    const cells: SuppressedCell[] = [];
    parts.push(protect(table.slice(i, i + 1), options, privacy, cells));
    for (const cell of cells) into.push({ ...cell, row: i });
  }
  return (parts[0] as ColumnTable).concat(...parts.slice(1));
}
