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
  private offset = 0;
  /** Byte offsets of undecodable bytes (at most 100 kept). */
  readonly badOffsets: number[] = [];
  badCount = 0;

  constructor(encoding: TextEncoding) {
    this.encoding = encoding;
    this.latin = encoding === "windows-1252";
    if (!this.latin) this.utf = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  }

  /** Decodes the next chunk of bytes. */
  decode(bytes: Uint8Array): string {
    const start = this.offset;
    this.offset += bytes.length;
    if (this.latin) {
      return this.decode1252(bytes, start);
    }
    const text = (this.utf as TextDecoder).decode(bytes, { stream: true });
    if (this.encoding === "utf-8" && text.includes("\ufffd")) this.scanUtf8(bytes, start);
    return text;
  }

  /** Flushes what is left (an incomplete character at the very end is reported). */
  end(): string {
    if (this.latin) return "";
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

function decodeCodes(codes: Uint16Array): string {
  return utf16.decode(new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength));
}
