import { isBlank, type Parsed } from "./parsed.js";

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

/**
 * Normalises an e-mail address: trimmed, lower case, without a `mailto:` prefix or angle brackets.
 * Why: the same person must not count twice because of a capital letter.
 *
 * @param value - a cell
 * @returns the address, `null` when empty, or the code `clean.invalid_email`
 * @example
 * normalizeEmail(" <Marie.Durand@Exemple.FR> ") // => { ok: true, value: "marie.durand@exemple.fr" }
 */
export function normalizeEmail(value: unknown): Parsed<string> {
  if (isBlank(value)) return { ok: true, value: null };
  // NFC and no invisible characters (zero-width space, joiners, BOM, NBSP): one address, one key
  const text = String(value)
    .normalize("NFC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/^<(.*)>$/, "$1")
    .trim()
    .toLowerCase();
  if (!EMAIL.test(text) || text.includes("..")) return { ok: false, code: "clean.invalid_email" };
  return { ok: true, value: text };
}
