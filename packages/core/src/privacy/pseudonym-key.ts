import { PrivacyError } from "./privacy-error.js";

const material = new WeakMap<PseudonymKey, CryptoKey>();
const REDACTED = "PseudonymKey [secret]";

/**
 * A secret key for keyed pseudonyms (HMAC-SHA256). Opaque: it holds a non-extractable WebCrypto
 * key, and printing it, turning it into JSON or inspecting it never shows the key material.
 * Create one with {@link importKey} (or `loadKey` from `@solidata/core/node`).
 *
 * @example
 * String(await importKey(hex)) // => "PseudonymKey [secret]"
 */
export class PseudonymKey {
  /**
   * A short fingerprint of the key (HMAC of a fixed label, 8 hex characters): two files
   * pseudonymised with keys of the same id used the same key. Reveals nothing about the key.
   */
  readonly id: string;
  /** @internal use {@link importKey} */
  constructor(key: CryptoKey, id: string) {
    material.set(this, key);
    this.id = id;
    Object.freeze(this);
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): { type: "PseudonymKey"; id: string } {
    return { type: "PseudonymKey", id: this.id };
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return REDACTED;
  }
  get [Symbol.toStringTag](): string {
    return "PseudonymKey";
  }
}

/** The WebCrypto key behind a {@link PseudonymKey} (internal to the privacy module). */
export function cryptoKeyOf(key: PseudonymKey): CryptoKey {
  const found = material.get(key);
  if (!found) throw new PrivacyError("privacy.missing_key");
  return found;
}

/** WebCrypto's subtle API, present in browsers, Deno and Node ≥ 20. */
export function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new PrivacyError("privacy.no_webcrypto");
  return subtle;
}

/** Builds a key object from raw bytes already checked for strength. */
export async function keyFromBytes(bytes: Uint8Array): Promise<PseudonymKey> {
  const subtle = subtleCrypto();
  const buffer = new Uint8Array(bytes);
  try {
    const key = await subtle.importKey("raw", buffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const mark = new Uint8Array(await subtle.sign("HMAC", key, new TextEncoder().encode("solidata:key-id")));
    const id = Array.from(mark.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join("");
    return new PseudonymKey(key, id);
  } finally {
    buffer.fill(0);
  }
}
