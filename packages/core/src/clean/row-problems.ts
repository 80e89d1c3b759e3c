import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import type { RowFlags } from "../ingest/ingest-report.js";
import type { MessageCode } from "../locales/en.js";
import { formatMessage } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";

/** Why a row cannot be used: the first problem found in it, and any others. */
export interface RowProblem {
  column: string;
  code: MessageCode;
  value: string;
  expected?: string;
}

/** Text of an original cell, for the quarantine: dates as ISO dates, empty as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

/** Adds a problem to a row, keeping the first one as the reason. */
export function addProblem(problems: Map<number, RowProblem[]>, row: number, problem: RowProblem): void {
  const list = problems.get(row);
  if (list) list.push(problem);
  else problems.set(row, [problem]);
}

/** A warning issue about one cell. */
export function cellWarning(code: MessageCode, line: number, column: string, value: unknown, expected?: string): Issue {
  const issue: Issue = { code, severity: "warning", line, column, value: cellText(value) };
  if (expected !== undefined) issue.expected = expected;
  return issue;
}

/**
 * Splits columns into the clean table and the quarantine: rows with a problem go to the quarantine,
 * one row each, with the line, the first problem's column and code, both messages, the other codes,
 * the ingest's flags of the row and the original values of every column.
 */
export function splitRows(
  output: Record<string, ArrayLike<unknown>>,
  originals: { names: string[]; columns: ArrayLike<unknown>[] },
  lines: ArrayLike<number>,
  problems: Map<number, RowProblem[]>,
  rowFlags?: RowFlags,
): { clean: ColumnTable; quarantine: ColumnTable; byCode: Record<string, number> } {
  const n = lines.length;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (!problems.has(i)) keep.push(i);
  const cleanColumns: Record<string, ArrayLike<unknown>> = {};
  for (const [name, values] of Object.entries(output)) {
    // no row quarantined: the columns are used as they are, without a copy
    if (keep.length === n) {
      cleanColumns[name] = values;
      continue;
    }
    const out = new Array(keep.length);
    for (let k = 0; k < keep.length; k++) out[k] = values[keep[k] as number];
    cleanColumns[name] = out;
  }
  const rows = [...problems.keys()].sort((a, b) => a - b);
  const byCode: Record<string, number> = {};
  const q: Record<string, unknown[]> = {
    line: [],
    column: [],
    code: [],
    message_en: [],
    message_fr: [],
    other_codes: [],
    flags: [],
  };
  const reserved = new Set(Object.keys(q));
  const originalNames = originals.names.map((name) => (reserved.has(name) ? `${name}_original` : name));
  for (const name of originalNames) q[name] = [];
  for (const row of rows) {
    const list = problems.get(row) as RowProblem[];
    const first = list[0] as RowProblem;
    const line = lines[row] as number;
    byCode[first.code] = (byCode[first.code] ?? 0) + 1;
    const params = { line, column: first.column, value: first.value, expected: first.expected ?? "" };
    q.line?.push(line);
    q.column?.push(first.column);
    q.code?.push(first.code);
    q.message_en?.push(formatMessage(first.code, "en", params));
    q.message_fr?.push(formatMessage(first.code, "fr", params));
    q.other_codes?.push(
      list
        .slice(1)
        .map((p) => `${p.code}:${p.column}`)
        .join(" "),
    );
    q.flags?.push(
      (rowFlags?.get(line) ?? []).map((f) => (f.column === undefined ? f.code : `${f.code}:${f.column}`)).join(" "),
    );
    originalNames.forEach((name, c) => {
      q[name]?.push(cellText(originals.columns[c]?.[row]));
    });
  }
  return { clean: aq.table(cleanColumns), quarantine: aq.table(q), byCode };
}
