import type { MessageCode } from "../locales/en.js";
import { formatMessage } from "../messages/format-message.js";
import { SolidataError } from "../messages/solidata-error.js";

/**
 * An error of the privacy module, carrying a stable code so callers can word it in French or
 * English. Its message and params never contain key material.
 *
 * @example
 * try { await importKey("secret") } catch (e) { (e as PrivacyError).code } // => "privacy.weak_key"
 */
export class PrivacyError extends SolidataError {
  constructor(code: MessageCode, params: Record<string, string | number> = {}) {
    super({ code, severity: "error", params }, formatMessage(code, "en", params));
    this.name = "PrivacyError";
  }
}
