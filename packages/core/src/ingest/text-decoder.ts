import { firstInvalidUtf8 } from "./detect-encoding.js";
import type { TextEncoding } from "./ingest-report.js";

/**
 * Streaming decoder of byte chunks to text that reports every undecodable byte with its offset
 * instead of replacing it silently (the text gets U+FFFD there). Internal to the ingest module.
 */
export class ChunkDecoder {
  private readonly encoding: TextEncoding;
  private readonly utf: TextDecoder | undefined;
  private readonly latin: boolean;
  /** UTF-8 whose invalid bytes are read as Windows-1252 (a row pasted from an older export). */
  private readonly repair: boolean;
  private readonly plain = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  /** Bytes of a UTF-8 sequence cut by the end of the previous chunk. */
  private carry: Uint8Array | undefined;
  private offset = 0;
  /** Bytes read as Windows-1252 in the text of the last `decode` call: position in that text, byte offset, character. */
  repairs: { index: number; offset: number; char: string }[] = [];
  /** Number of bytes read as Windows-1252 in all. */
  repairedCount = 0;
  /** Byte offsets of undecodable bytes (at most 100 kept). */
  readonly badOffsets: number[] = [];
  badCount = 0;

  /**
   * @param encoding - the encoding of the bytes
   * @param repair - UTF-8 only: read each invalid byte as Windows-1252 instead of U+FFFD (and list it in `repairs`)
   */
  constructor(encoding: TextEncoding, repair = false) {
    this.encoding = encoding;
    this.latin = encoding === "windows-1252";
    this.repair = repair && encoding === "utf-8";
    if (!this.latin) this.utf = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  }

  /** Decodes the next chunk of bytes. */
  decode(bytes: Uint8Array): string {
    const start = this.offset;
    this.offset += bytes.length;
    if (this.latin) {
      return this.decode1252(bytes, start);
    }
    if (this.repair) return this.decodeRepair(bytes, start);
    const text = (this.utf as TextDecoder).decode(bytes, { stream: true });
    if (this.encoding === "utf-8" && text.includes("\ufffd")) this.scanUtf8(bytes, start);
    return text;
  }

  /** Flushes what is left (an incomplete character at the very end is reported). */
  end(): string {
    if (this.latin) return "";
    if (this.repair) {
      const carry = this.carry;
      this.carry = undefined;
      this.repairs = [];
      if (carry === undefined) return "";
      return this.repairBytes(carry, this.offset - carry.length, 0);
    }
    const text = (this.utf as TextDecoder).decode();
    if (text.includes("\ufffd")) this.bad(this.offset - 1);
    return text;
  }

  private scanUtf8(bytes: Uint8Array, start: number): void {
    // a real U+FFFD in the file is valid UTF-8 and is not reported
    // continuation bytes at the start may end a character begun in the previous chunk
    let skip = 0;
    while (skip < 3 && skip < bytes.length && ((bytes[skip] as number) & 0xc0) === 0x80) skip++;
    let view = bytes.subarray(skip);
    let base = start + skip;
    const before = this.badCount;
    for (;;) {
      const bad = firstInvalidUtf8(view, true);
      if (bad < 0) break;
      this.bad(base + bad);
      view = view.subarray(bad + 1);
      base += bad + 1;
    }
    // a sequence cut between two chunks: report the start of this chunk
    if (this.badCount === before) this.bad(start);
  }

  private decodeRepair(bytes: Uint8Array, start: number): string {
    this.repairs = [];
    let buf = bytes;
    let base = start;
    const carry = this.carry;
    if (carry !== undefined) {
      buf = new Uint8Array(carry.length + bytes.length);
      buf.set(carry, 0);
      buf.set(bytes, carry.length);
      base = start - carry.length;
      this.carry = undefined;
    }
    const cut = incompleteTail(buf);
    if (cut < buf.length) this.carry = buf.slice(cut);
    const body = buf.subarray(0, cut);
    const text = this.plain.decode(body);
    // a real U+FFFD in the file is valid UTF-8: the slow path finds no invalid byte and keeps it
    if (!text.includes("\ufffd")) return text;
    return this.repairBytes(body, base, 0);
  }

  /** Decodes valid UTF-8 runs as UTF-8 and each invalid byte as Windows-1252. */
  private repairBytes(bytes: Uint8Array, base: number, textStart: number): string {
    const parts: string[] = [];
    let length = textStart;
    let view = bytes;
    let offset = base;
    for (;;) {
      const bad = firstInvalidUtf8(view, false);
      if (bad < 0) {
        parts.push(this.plain.decode(view));
        break;
      }
      const valid = this.plain.decode(view.subarray(0, bad));
      parts.push(valid);
      length += valid.length;
      const b = view[bad] as number;
      const code = b >= 0x80 && b <= 0x9f ? (CP1252[b - 0x80] as number) : b;
      const char = String.fromCharCode(code);
      if (code === 0xfffd) this.bad(offset + bad);
      else {
        this.repairedCount++;
        if (this.repairs.length < 1000) this.repairs.push({ index: length, offset: offset + bad, char });
      }
      parts.push(char);
      length += 1;
      view = view.subarray(bad + 1);
      offset += bad + 1;
    }
    return parts.join("");
  }

  private decode1252(bytes: Uint8Array, start: number): string {
    const parts: string[] = [];
    const codes = new Uint16Array(Math.min(bytes.length, 65536));
    for (let base = 0; base < bytes.length; base += 65536) {
      const end = Math.min(bytes.length, base + 65536);
      for (let i = base; i < end; i++) {
        const b = bytes[i] as number;
        if (b >= 0x80 && b <= 0x9f) {
          const c = CP1252[b - 0x80] as number;
          if (c === 0xfffd) this.bad(start + i);
          codes[i - base] = c;
        } else codes[i - base] = b;
      }
      parts.push(decodeCodes(codes.subarray(0, end - base)));
    }
    return parts.join("");
  }

  private bad(offset: number): void {
    this.badCount++;
    if (this.badOffsets.length < 100) this.badOffsets.push(offset);
  }
}

/** Characters of Windows-1252 bytes 0x80 to 0x9F (U+FFFD where the byte has none). */
const CP1252 = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

const utf16 = new TextDecoder("utf-16le");

/** Where a UTF-8 sequence cut by the end of the buffer starts (the buffer's length when none is cut). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    return need > 0 && n - i - 1 < need ? i : n;
  }
  return n;
}

function decodeCodes(codes: Uint16Array): string {
  return utf16.decode(new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength));
}
