import { createHash } from "node:crypto";

/** A fixed 256-bit key in hex (bytes 0x00…0x1f) and its base64 and base64url forms, to grep outputs for (I2). */
export const KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
export const KEY_FORMS = [
  KEY_HEX,
  KEY_HEX.toUpperCase(),
  Buffer.from(KEY_HEX, "hex").toString("base64"),
  Buffer.from(KEY_HEX, "hex").toString("base64url"),
];

/** Whether any form of the key appears in a text (I2). */
export function holdsKey(text: string, forms: readonly string[] = KEY_FORMS): boolean {
  return forms.some((f) => text.includes(f));
}

/** Unkeyed digests an attacker would try: SHA-256, SHA-1 and MD5, bare and with common salts, in hex. */
export function unkeyedDigests(value: string): string[] {
  const out: string[] = [];
  for (const salt of ["", "salt", "solidata", "password", "2025"]) {
    for (const algorithm of ["sha256", "sha1", "md5"]) {
      for (const text of [salt + value, value + salt]) out.push(createHash(algorithm).update(text).digest("hex"));
    }
  }
  return out;
}
