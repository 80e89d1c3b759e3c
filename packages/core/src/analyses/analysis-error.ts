import { formatMessage } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";
import type { Lang } from "../messages/lang.js";

/**
 * An error of an analysis (a missing column, no usable row), with a stable code so callers can
 * word it in French or English. Its message reads "functionName: what it needs".
 *
 * @example
 * try { volunteerActivity(aq.table({}), { period: "month" }) } catch (e) { (e as AnalysisError).code }
 * // => "analyses.missing_column"
 */
export class AnalysisError extends Error {
  /** Stable message code, e.g. `"analyses.missing_column"`. */
  readonly code: string;
  /** Values for the message placeholders. */
  readonly params: Record<string, string | number>;
  constructor(code: string, params: Record<string, string | number> = {}) {
    super(formatMessage(code, "en", params));
    this.name = "AnalysisError";
    this.code = code;
    this.params = params;
  }

  /** The message in the given language. */
  messageIn(lang: Lang): string {
    return formatMessage(this.code, lang, this.params);
  }

  /** The error as an {@link Issue}, for `safe…` variants. */
  toIssue(): Issue {
    return { code: this.code, severity: "error", params: this.params };
  }
}
