import { formatMessage } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";
import type { Lang } from "../messages/lang.js";

/**
 * An error of the privacy module, carrying a stable code so callers can word it in French or
 * English. Its message and params never contain key material.
 *
 * @example
 * try { await importKey("secret") } catch (e) { (e as PrivacyError).code } // => "privacy.weak_key"
 */
export class PrivacyError extends Error {
  /** Stable message code, e.g. `"privacy.weak_key"`. */
  readonly code: string;
  /** Values for the message placeholders (never key material). */
  readonly params: Record<string, string | number>;
  constructor(code: string, params: Record<string, string | number> = {}) {
    super(formatMessage(code, "en", params));
    this.name = "PrivacyError";
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
