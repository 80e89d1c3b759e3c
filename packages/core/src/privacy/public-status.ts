import { PublicStatus } from "./types.js";

/**
 * The status a public output shows for a cell: `"ok"` when it was published, `"suppressed"`
 * otherwise, whatever rule hid it.
 *
 * Why: a public output that says `"primary"` or `"dominance"` tells a reader that this hidden cell
 * is below k or that one person did most of a sum, and that a `"complementary"` cell is not small,
 * which narrows the others. Every hidden cell of a public output gets the same status and the same
 * label (`privacy.label.suppressed`); internal outputs may keep the rule.
 *
 * @param status - an internal status (`"ok"` or a suppression rule); anything else but `"ok"` counts as hidden
 * @returns `"ok"` or `"suppressed"`
 * @example
 * publicStatus("primary") // => "suppressed"
 * publicStatus("complementary") // => "suppressed"
 * publicStatus("ok") // => "ok"
 */
export function publicStatus(status: unknown): PublicStatus {
  return status === PublicStatus.ok ? PublicStatus.ok : PublicStatus.suppressed;
}
