import { PrivacyError } from "./privacy-error.js";
import { cryptoKeyOf, macOf, type PseudonymKey } from "./pseudonym-key.js";

/** Label mixed into every record key, so a record key never equals a byte of a published pseudonym. */
const LABEL = "solidata:record-key\u0000";

/**
 * The record key of each record (or person): an integer uniform in 0..255, the first byte of
 * HMAC-SHA-256 under the pseudonymisation key of a fixed label and the record's identifier.
 *
 * Why: the cell-key method ({@link cellKey}, {@link perturbCount}) needs one secret, stable,
 * uniform key per record. Derived from the organisation's key, it is the same in every report and
 * every year (so the same people always get the same published value) and nobody without the key
 * can compute it, even from the pseudonyms of an export (those are the HMAC of the identifier
 * alone, without this label). Give the person identifier (or its keyed pseudonym) for counts of
 * people, the row identifier for counts of rows. Identifiers are trimmed and NFC-normalised like
 * {@link pseudonymise} does; empty ones are skipped.
 *
 * @param ids - the identifiers (duplicates are computed once)
 * @param key - from `importKey` or `loadKey`
 * @returns a map from each trimmed identifier to its record key
 * @throws PrivacyError `privacy.missing_key` without a key, `privacy.no_webcrypto` without WebCrypto
 * @example
 * const keys = await recordKeys(["P001", "P002"], key);
 * keys.get("P001") // => 147 (depends on the key)
 */
export async function recordKeys(ids: Iterable<unknown>, key: PseudonymKey): Promise<Map<string, number>> {
  if (!key) throw new PrivacyError("privacy.missing_key");
  const cryptoKey = cryptoKeyOf(key);
  const mac = macOf(cryptoKey);
  const encoder = new TextEncoder();
  const unique = new Set<string>();
  for (const id of ids) {
    if (id === null || id === undefined) continue;
    const text = String(id).normalize("NFC").trim();
    if (text !== "") unique.add(text);
  }
  const texts = [...unique];
  const bytes: number[] = new Array<number>(texts.length);
  // in slices: Promise.all takes at most about two million promises (a 5M-row log has more rows)
  for (let start = 0; start < texts.length; start += 100_000) {
    const end = Math.min(texts.length, start + 100_000);
    const part: (Uint8Array | Promise<Uint8Array>)[] = [];
    for (let i = start; i < end; i++) part.push(mac(encoder.encode(LABEL + texts[i])));
    const macs = await Promise.all(part);
    for (let i = start; i < end; i++) bytes[i] = (macs[i - start] as Uint8Array)[0] as number;
  }
  return new Map(texts.map((text, i) => [text, bytes[i] as number]));
}
