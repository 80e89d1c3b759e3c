import {
  type ColumnReport,
  detectIdentityFields,
  type IngestReport,
  isDirectIdentifierName,
  isFreeTextColumn,
} from "@solidata/core";
import type { ColumnTable } from "arquero";

/** What can be wrong with a column, as a stable code (worded in the CLI catalogue as `inspect.html.alert.<code>`). */
export const ProfileAlert = {
  spaces: "spaces",
  duplicated_ids: "duplicated_ids",
  constant: "constant",
  high_cardinality: "high_cardinality",
  mojibake: "mojibake",
  mixed_formats: "mixed_formats",
  mostly_missing: "mostly_missing",
} as const;
/** See {@link ProfileAlert}. */
export type ProfileAlert = (typeof ProfileAlert)[keyof typeof ProfileAlert];

/** One alert on a column, with the number of cells concerned. */
export interface ColumnAlert {
  code: ProfileAlert;
  count: number;
}

/** The profile of one column for the `inspect --html` page: counts, values that may be shown, chart data, alerts. */
export interface ColumnProfile {
  column: ColumnReport;
  rows: number;
  /** names, e-mails, phones, addresses, birth dates, identifiers: no value of it is ever listed */
  personal: boolean;
  /** the most frequent values seen at least k times (none for a personal column), most frequent first */
  top: { value: string; count: number }[];
  /** number of distinct values left out of `top` (fewer than k cells each, or past the first ten) */
  otherValues: number;
  /** the numbers of a numeric column, for a histogram (binned and suppressed by the chart builder) */
  numbers: number[] | null;
  /** cells per month (`YYYY-MM`) of a date column, for a date histogram */
  months: { month: string; count: number }[] | null;
  alerts: ColumnAlert[];
}

/** Identity fields whose values name or reach a person; postcodes and communes are listed from k cells up. */
const PERSONAL_KINDS = new Set([
  "first_name",
  "last_name",
  "full_name",
  "birth_date",
  "email",
  "phone",
  "address",
  "national_id",
]);
const NUMERIC = new Set(["integer", "decimal", "percent", "currency"]);
// UTF-8 read as Latin-1 or Windows-1252: "Ã©" for "é", "Ã‰" for "É", "â€™" for "’", "Â " for a no-break space
const MOJIBAKE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]|Â[\u00a0-\u00bf]|â€|ï¿½|\ufffd/;
const LOOKS_NUMBER = /^[-+]?\d[\d\s.,]*$/;
const LOOKS_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const TOP = 10;

/**
 * Profiles every column of an ingested table for the `inspect --html` page: missing and distinct
 * counts, the most frequent values (only those seen at least `k` times, and none at all for a
 * personal column), the numbers or months to chart, and alerts: leading or trailing spaces,
 * duplicated identifiers, constant columns, high cardinality, mojibake, mixed formats, mostly missing.
 *
 * Why: what ydata-profiling shows, with the privacy rules of the report: a value list never names
 * a person and never shows a value fewer than k cells hold.
 *
 * @param table - the table `loadTable` returned
 * @param report - its ingest report (types, reasons, issues)
 * @param k - the smallest count shown (10 for anything that leaves the organisation)
 * @returns one profile per column of the report, in order
 * @example
 * profileColumns(table, report, 10)[0].alerts // => [{ code: "spaces", count: 3 }]
 */
export function profileColumns(table: ColumnTable, report: IngestReport, k: number): ColumnProfile[] {
  const rows = table.numRows();
  const notParsed = new Map<string, number>();
  for (const issue of report.issues) {
    if (issue.code === "ingest.value_not_parsed" && issue.column !== undefined)
      notParsed.set(issue.column, (notParsed.get(issue.column) ?? 0) + 1);
  }
  const identity = new Map(detectIdentityFields(table).map((c) => [c.column, c.kind]));
  return report.columns
    .filter((c) => table.columnNames().includes(c.name))
    .map((column) => {
      const values = table.array(column.name) as ArrayLike<unknown>;
      const kind = identity.get(column.name);
      // a record identifier: identifier-typed text that is no postcode, commune or other identity field
      const recordId = column.type === "identifier" && kind === undefined;
      const personal =
        recordId ||
        isDirectIdentifierName(column.name) ||
        isFreeTextColumn(column.header ?? column.name, values) ||
        (kind !== undefined && PERSONAL_KINDS.has(kind));
      const counts = new Map<string, number>();
      let spaces = 0;
      let mojibake = 0;
      let numberLike = 0;
      let dateLike = 0;
      let present = 0;
      const numbers: number[] = [];
      const months = new Map<string, number>();
      for (let i = 0; i < rows; i++) {
        const value = values[i];
        if (value === null || value === undefined || value === "") continue;
        present++;
        if (typeof value === "number") {
          if (Number.isFinite(value)) numbers.push(value);
        } else if (value instanceof Date) {
          if (!Number.isNaN(value.getTime())) {
            const month = value.toISOString().slice(0, 7);
            months.set(month, (months.get(month) ?? 0) + 1);
          }
        } else if (typeof value === "string") {
          if (value !== value.trim()) spaces++;
          if (MOJIBAKE.test(value)) mojibake++;
          const trimmed = value.trim();
          if (LOOKS_DATE.test(trimmed)) dateLike++;
          else if (LOOKS_NUMBER.test(trimmed)) numberLike++;
        }
        const key = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const alerts: ColumnAlert[] = [];
      if (spaces > 0) alerts.push({ code: "spaces", count: spaces });
      const repeated = [...counts.values()].filter((n) => n > 1).reduce((sum, n) => sum + n, 0);
      if (recordId && repeated > 0) alerts.push({ code: "duplicated_ids", count: repeated });
      if (counts.size === 1 && present > 1) alerts.push({ code: "constant", count: present });
      if (
        column.type === "text" &&
        (kind === undefined || kind === "text") &&
        counts.size > 50 &&
        counts.size > 0.5 * present
      )
        alerts.push({ code: "high_cardinality", count: counts.size });
      if (mojibake > 0) alerts.push({ code: "mojibake", count: mojibake });
      // text columns holding numbers or dates for some cells and words for others, or cells the type did not read
      const shapes = [numberLike, dateLike, present - numberLike - dateLike].filter((n) => n > 0);
      const mixed =
        column.type === "text" && shapes.length > 1 && Math.max(...shapes) >= 0.5 * present
          ? present - Math.max(...shapes)
          : 0;
      const unread = notParsed.get(column.name) ?? 0;
      if (mixed + unread > 0) alerts.push({ code: "mixed_formats", count: mixed + unread });
      if (rows > 0 && column.missing > 0.5 * rows && column.type !== "empty")
        alerts.push({ code: "mostly_missing", count: column.missing });
      const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const top = personal ? [] : sorted.filter(([, n]) => n >= k).slice(0, TOP);
      return {
        column,
        rows,
        personal,
        top: top.map(([value, count]) => ({ value, count })),
        otherValues: counts.size - top.length,
        numbers: NUMERIC.has(column.type) && numbers.length > 0 ? numbers : null,
        months:
          months.size > 0
            ? [...months.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, count]) => ({ month, count }))
            : null,
        alerts,
      };
    });
}
