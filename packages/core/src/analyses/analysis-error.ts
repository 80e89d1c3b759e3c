import type { MessageCode } from "../locales/en.js";
import { formatMessage } from "../messages/format-message.js";
import { SolidataError } from "../messages/solidata-error.js";

/**
 * An error of an analysis (a missing column, no usable row), with a stable code so callers can
 * word it in French or English. Its message reads "functionName: what it needs".
 *
 * @example
 * try { volunteerActivity(aq.table({}), { period: "month" }) } catch (e) { (e as AnalysisError).code }
 * // => "analyses.missing_column"
 */
export class AnalysisError extends SolidataError {
  constructor(code: MessageCode, params: Record<string, string | number> = {}) {
    super({ code, severity: "error", params }, formatMessage(code, "en", params));
    this.name = "AnalysisError";
  }
}
