import { PublicStatus, type PublicSuppressedCell, type SuppressedCell } from "./types.js";

/**
 * The list of suppressed cells as a public output may give it: table, row and column, never the
 * rule nor anything about the hidden value.
 *
 * @param cells - suppressed cells from `suppressSmallCells` or a `Result`
 * @returns the same cells with `status: "suppressed"` instead of `rule` and `k`
 * @example
 * publicSuppressed([{ table: "sites", row: 0, column: "n", rule: "primary", k: 10 }])
 * // => [{ table: "sites", row: 0, column: "n", status: "suppressed" }]
 */
export function publicSuppressed(cells: readonly SuppressedCell[]): PublicSuppressedCell[] {
  return cells.map((c) => ({ table: c.table, row: c.row, column: c.column, status: PublicStatus.suppressed }));
}
