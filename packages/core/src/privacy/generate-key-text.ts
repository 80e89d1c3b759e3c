import { PrivacyError } from "./privacy-error.js";

/**
 * Draws a new random 256-bit key and returns it as 64 hexadecimal characters.
 *
 * Why: a pseudonymisation key must be random; this uses the platform's cryptographic random
 * source (WebCrypto `getRandomValues`), in browsers and Node alike. Store the text in a file only
 * its owner can read (`solidata key new` does it) and never in a report or a repository.
 *
 * @returns 64 lowercase hexadecimal characters
 * @throws PrivacyError `privacy.no_webcrypto` without WebCrypto
 * @example
 * generateKeyText().length // => 64
 */
export function generateKeyText(): string {
  const random = globalThis.crypto?.getRandomValues;
  if (!random) throw new PrivacyError("privacy.no_webcrypto");
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const text = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  bytes.fill(0);
  return text;
}
