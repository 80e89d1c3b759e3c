import { en, type MessageCode } from "../locales/en.js";

/**
 * Whether a string is a message code of core's catalogue.
 *
 * Codes are typed ({@link MessageCode}) everywhere inside solidata; a code read from outside (a
 * quarantine file, a JSON recipe, an error thrown by other code) is a plain string until this
 * guard has checked it, and this is the one place where such a string becomes a `MessageCode`.
 *
 * @param code - any string, e.g. read from a file
 * @returns `true` when the English catalogue (and so the French one) has an entry for it
 * @example
 * isMessageCode("ingest.ragged_row") // => true
 * isMessageCode("no.such.code") // => false
 */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(en, code);
}
