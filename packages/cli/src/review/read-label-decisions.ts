import { ColumnType, fromCSV } from "@solidata/core";
import { KEEP_WORDS, MERGE_WORDS } from "../locales/decision-words.js";

/** What {@link readLabelDecisions} found in a label review. */
type LabelDecisionsRead =
  | { ok: true; decisions: Record<string, Record<string, string>>; rows: number }
  | { ok: false; missing: string[] };

/**
 * Reads the decisions of an edited `labels.csv` (as written by `solidata labels`, saved again by a
 * spreadsheet with commas or semicolons): for each field, each label and the label it becomes.
 * `merge` (or `fusionner`) takes the proposed label, `keep` (or `garder`) keeps the label, any other
 * text is the label to use; an empty decision leaves the label to the automatic merging.
 *
 * The file is read by core's CSV reader, as every other input: its encoding (a spreadsheet on
 * Windows saves it in Windows-1252), delimiter and quoting are detected, and every cell is read as
 * text, so a label stays as written.
 *
 * @param input - the file's bytes, or its text
 * @returns the decisions by field, or the columns that are missing
 * @example
 * readLabelDecisions("field,label,proposed,decision\nactivity,Maraude de nuit,Maraude,merge\n")
 * // => { ok: true, decisions: { activity: { "Maraude de nuit": "Maraude" } }, rows: 1 }
 */
export function readLabelDecisions(input: string | Uint8Array): LabelDecisionsRead {
  const names = ["field", "label", "proposed", "decision"];
  const { table } = fromCSV(input, {
    headerLine: 1,
    nullTokens: [""],
    types: Object.fromEntries(names.map((n) => [n, ColumnType.text])),
  });
  const columnOf = new Map(table.columnNames().map((n) => [n.trim().toLowerCase(), n]));
  const missing = names.filter((n) => !columnOf.has(n));
  if (missing.length > 0) return { ok: false, missing };
  const cells = (name: string): ArrayLike<unknown> => table.array(columnOf.get(name) as string) as ArrayLike<unknown>;
  const [fields, labels, proposals, answers] = names.map(cells) as ArrayLike<unknown>[];
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
  const unquote = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  const decisions: Record<string, Record<string, string>> = {};
  let rows = 0;
  for (let i = 0; i < table.numRows(); i++) {
    const field = text(fields?.[i]).trim();
    const label = unquote(text(labels?.[i]));
    const proposed = unquote(text(proposals?.[i]));
    const decision = unquote(text(answers?.[i])).trim();
    if (field === "" || label === "" || decision === "") continue;
    const word = decision.toLowerCase();
    const to = MERGE_WORDS.has(word) ? proposed : KEEP_WORDS.has(word) ? label : decision;
    decisions[field] ??= {};
    decisions[field][label] = to;
    rows++;
  }
  return { ok: true, decisions, rows };
}
