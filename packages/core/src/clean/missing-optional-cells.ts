import type { Issue } from "../messages/issue.js";
import type { FieldSpec } from "./schemas.js";

/**
 * The headers a short row lacks when each of them is optional, or `null` when the row must be
 * quarantined (a long row, a missing required field, an issue that is not a ragged row).
 *
 * Why: exports often drop empty trailing cells ("...;Marseille" with no last ";"). A row that ends
 * early lacks only its last cells; when none of them is required (an empty site, an empty quantity),
 * the row is as usable as one with those cells empty, and quarantining it would lose a real visit or
 * a real volunteer's hours. Missing required fields, and rows with too many cells (whose values may be
 * shifted), still go to the quarantine.
 *
 * @param issue - an `ingest.ragged_row` issue, with `params.found` and `params.expected` (cells in the row and in the header)
 * @param headers - the headers of the table, in file order (without `_line`)
 * @param fieldOf - the canonical field of a header, `undefined` for an unmapped column (optional)
 * @returns the headers the row lacks, or `null`
 * @example
 * missingOptionalCells({ code: "ingest.ragged_row", severity: "warning", line: 9, params: { found: 4, expected: 5 } },
 *   ["Identifiant", "Date", "Service", "Antenne", "Quantité"], () => undefined) // => ["Quantité"]
 */
export function missingOptionalCells(
  issue: Issue,
  headers: readonly string[],
  fieldOf: (header: string) => FieldSpec | undefined,
): string[] | null {
  if (issue.code !== "ingest.ragged_row") return null;
  const found = Number(issue.params?.found);
  const expected = Number(issue.params?.expected);
  if (!Number.isInteger(found) || !Number.isInteger(expected) || found < 1 || found >= expected) return null;
  if (expected > headers.length) return null;
  const missing = headers.slice(found, expected);
  for (const header of missing) if (fieldOf(header)?.required === true) return null;
  return missing;
}
