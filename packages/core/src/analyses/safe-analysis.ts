import type { Issue } from "../messages/issue.js";
import { PrivacyError } from "../privacy/privacy-error.js";
import { AnalysisError } from "./analysis-error.js";

/** The outcome of {@link safeAnalysis}: the value, or the problems as issues. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Runs any analysis and returns `{ ok: true, value }`, or `{ ok: false, issues }` instead of throwing
 * when the table or options do not fit (a missing column, an unknown option, no usable row, a privacy
 * threshold below the floor).
 *
 * Why: a CLI or a notebook wants to show the problem in the user's language (with `formatIssue`)
 * rather than catch exceptions; programming errors (anything that is not an analysis or privacy
 * error) are still thrown.
 *
 * @param analysis - an analysis of this module, e.g. `volunteerActivity`
 * @param args - its arguments
 * @returns the analysis' value, or the issues
 * @throws whatever the analysis throws that is not an AnalysisError or PrivacyError
 * @example
 * safeAnalysis(volunteerActivity, aq.table({ x: [1] }), { period: "month" })
 * // => { ok: false, issues: [{ code: "analyses.missing_column", severity: "error", params: { function: "volunteerActivity", column: "person_id" } }] }
 */
export function safeAnalysis<A extends unknown[], T>(analysis: (...args: A) => T, ...args: A): SafeResult<T> {
  try {
    return { ok: true, value: analysis(...args) };
  } catch (error) {
    if (error instanceof AnalysisError || error instanceof PrivacyError)
      return { ok: false, issues: [error.toIssue()] };
    throw error;
  }
}
