import { detect } from "chardet";
import type { MessageCode } from "../locales/en.js";
import type { TextEncoding } from "./ingest-report.js";

/** What {@link detectEncoding} found. */
export interface EncodingGuess {
  encoding: TextEncoding;
  /** Length of the byte order mark to skip (0 when none). */
  bomLength: number;
  /** Message code of the reason. */
  reason: MessageCode;
  /** Byte offset of the first byte that is not valid UTF-8, when the file is not UTF-8. */
  invalidUtf8Offset?: number;
  /** What chardet proposed, when it was asked. */
  detected?: string;
}

/**
 * Finds the text encoding of the first bytes of a file: BOM first, then strict UTF-8, then
 * detection among single-byte Western encodings (read as Windows-1252, a superset of Latin-1).
 *
 * Why: French files come as UTF-8 from recent tools and Windows-1252 from older Excel; reading
 * one as the other garbles every accent, € and œ.
 *
 * @param bytes - the start of the file (64 KiB is plenty); a multi-byte character cut at the end is tolerated
 * @returns the encoding, the BOM length and the reason
 * @example
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // => { encoding: "utf-8", bomLength: 3, reason: "ingest.decision.bom" }
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3, reason: "ingest.decision.bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: "utf-16le", bomLength: 2, reason: "ingest.decision.bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: "utf-16be", bomLength: 2, reason: "ingest.decision.bom" };
  }
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, reason: "ingest.decision.utf16_zeros" };
  const bad = firstInvalidUtf8(bytes, true);
  if (bad < 0) return { encoding: "utf-8", bomLength: 0, reason: "ingest.decision.valid_utf8" };
  // UTF-8 with a row pasted from a Windows-1252 export: more valid sequences than invalid bytes
  const { valid, invalid } = countSequences(bytes);
  if (valid > invalid) {
    return { encoding: "utf-8", bomLength: 0, reason: "ingest.decision.mostly_utf8", invalidUtf8Offset: bad };
  }
  const detected = detect(bytes) ?? "unknown";
  return {
    encoding: "windows-1252",
    bomLength: 0,
    reason: "ingest.decision.not_utf8",
    invalidUtf8Offset: bad,
    detected,
  };
}

/**
 * Offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
 * With `partialEnd`, a sequence cut by the end of the buffer is accepted.
 */
export function firstInvalidUtf8(bytes: Uint8Array, partialEnd = false): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) {
      if (partialEnd) {
        for (let k = i + 1; k < n; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) return i;
        return -1;
      }
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Numbers of valid multi-byte UTF-8 sequences and of invalid bytes. */
function countSequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let view = bytes;
  for (;;) {
    const bad = firstInvalidUtf8(view, true);
    const run = bad < 0 ? view : view.subarray(0, bad);
    for (let i = 0; i < run.length; i++) if (((run[i] as number) & 0xc0) === 0xc0) valid++;
    if (bad < 0) break;
    invalid++;
    view = view.subarray(bad + 1);
  }
  return { valid, invalid };
}

/** UTF-16 text without a BOM: mostly-Latin text has a zero byte in every other position. */
function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.4 && odd < pairs * 0.05) return "utf-16be";
  return undefined;
}
