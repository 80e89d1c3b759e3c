import type { MessageCode } from "../locales/en.js";
import { formatIssue } from "./format-message.js";
import type { Issue } from "./issue.js";
import type { Lang } from "./lang.js";

/**
 * The one error of solidata: every error a function of `@solidata/core` throws is a `SolidataError`
 * (`IngestError`, `CleanError`, `AnalysisError`, `PrivacyError` are its kinds). Its message is an
 * English sentence ending with the code in brackets; `code`, `params` and `issues` are the data,
 * and `messageIn(lang)` words it in French or English from the catalogue.
 *
 * @example
 * try { fromCSV("") } catch (e) { (e as SolidataError).code } // => "ingest.empty_file"
 */
export class SolidataError extends Error {
  /** Stable code of the first problem, e.g. `"ingest.empty_file"`. */
  readonly code: MessageCode;
  /** Values of its message (never personal values or key material). */
  readonly params: Record<string, string | number>;
  /** Every problem, as data (the first one is `code` and `params`). */
  readonly issues: Issue[];
  constructor(issues: Issue | readonly Issue[], message?: string) {
    const list = Array.isArray(issues) ? [...(issues as readonly Issue[])] : [issues as Issue];
    const first: Issue = list[0] ?? { code: "solidata.error", severity: "error" };
    super(message ?? `${formatIssue(first, "en")} [${first.code}]`);
    this.name = "SolidataError";
    this.code = first.code;
    this.params = (first.params ?? {}) as Record<string, string | number>;
    this.issues = list;
  }

  /** The problems worded in the given language, one sentence each. */
  messageIn(lang: Lang): string {
    return this.issues.map((issue) => formatIssue(issue, lang)).join("; ");
  }

  /** The first problem as an {@link Issue}, for `safe…` variants. */
  toIssue(): Issue {
    return this.issues[0] ?? { code: this.code, severity: "error", params: this.params };
  }
}
