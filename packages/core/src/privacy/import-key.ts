import type { Issue } from "../messages/issue.js";
import { PrivacyError } from "./privacy-error.js";
import { keyFromBytes, type PseudonymKey } from "./pseudonym-key.js";

/** Fewest bytes a key may have: 256 bits. */
export const KEY_BYTES = 32;

/**
 * Turns key material into a {@link PseudonymKey}, refusing weak keys.
 *
 * Why: pseudonyms are only as safe as their key; a short or guessable key lets anyone rebuild the
 * table of pseudonyms from a list of names. There is no fallback to an unkeyed hash.
 *
 * Accepted material: 64 or more hexadecimal characters, base64 (standard or URL-safe) of at least
 * 32 bytes, or the bytes themselves. Lines starting with `#` and surrounding blanks are ignored, so
 * the text of a key file written by `solidata key new` can be passed as is. A key is weak when it
 * has fewer than 32 bytes, or fewer than 16 distinct byte values (all zeros, a repeated pattern),
 * or is a passphrase rather than random bytes.
 *
 * @param source - key text or bytes; never echoed in errors
 * @returns an opaque key whose printing never reveals the material
 * @throws PrivacyError `privacy.weak_key` for weak material, `privacy.missing_key` for empty material, `privacy.no_webcrypto` without WebCrypto
 * @example
 * const key = await importKey("3f9c…64 hex characters…");
 * key.id // => "a41c09e2"
 */
export async function importKey(source: string | Uint8Array): Promise<PseudonymKey> {
  const bytes = typeof source === "string" ? decode(source) : new Uint8Array(source);
  try {
    if (bytes.length === 0) throw new PrivacyError("privacy.missing_key");
    if (bytes.length < KEY_BYTES || new Set(bytes).size < 16) throw new PrivacyError("privacy.weak_key");
    return await keyFromBytes(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * Like {@link importKey}, but returns problems as data instead of throwing.
 *
 * @example
 * (await safeImportKey("password")).ok // => false
 */
export async function safeImportKey(
  source: string | Uint8Array,
): Promise<{ ok: true; value: PseudonymKey } | { ok: false; issues: Issue[] }> {
  try {
    return { ok: true, value: await importKey(source) };
  } catch (error) {
    if (error instanceof PrivacyError) return { ok: false, issues: [error.toIssue()] };
    throw error;
  }
}

function decode(text: string): Uint8Array {
  const body = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("#"))
    .join("")
    .trim();
  if (body === "") return new Uint8Array(0);
  if (/^[0-9a-fA-F]+$/.test(body)) {
    if (body.length % 2 !== 0) throw new PrivacyError("privacy.weak_key");
    const out = new Uint8Array(body.length / 2);
    for (let i = 0; i < out.length; i += 1) out[i] = Number.parseInt(body.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(body) && body.length >= 43) {
    const standard = body.replace(/-/g, "+").replace(/_/g, "/");
    const padded = standard + "=".repeat((4 - (standard.length % 4)) % 4);
    try {
      const binary = atob(padded);
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    } catch {
      throw new PrivacyError("privacy.weak_key");
    }
  }
  // anything else is a passphrase: not random enough to be a key
  throw new PrivacyError("privacy.weak_key");
}
