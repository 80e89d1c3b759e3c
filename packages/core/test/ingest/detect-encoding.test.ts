import { detectEncoding } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../../src/ingest/detect-encoding.js";

describe("detectEncoding", () => {
  it("trusts a byte order mark", () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ encoding: "utf-8", bomLength: 3 });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toMatchObject({ encoding: "utf-16be", bomLength: 2 });
  });

  it("recognises UTF-16 without a BOM by its zero bytes", () => {
    const le = new Uint8Array([0x6e, 0, 0x6f, 0, 0x6d, 0, 0x3b, 0, 0xe9, 0, 0x0a, 0]);
    const be = new Uint8Array([0, 0x6e, 0, 0x6f, 0, 0x6d, 0, 0x3b, 0, 0xe9, 0, 0x0a]);
    expect(detectEncoding(le)).toMatchObject({
      encoding: "utf-16le",
      bomLength: 0,
      reason: "ingest.decision.utf16_zeros",
    });
    expect(detectEncoding(be).encoding).toBe("utf-16be");
  });

  it("takes valid UTF-8 as UTF-8, even cut inside a character", () => {
    const bytes = new TextEncoder().encode("Prénom;Œuvre;€");
    expect(detectEncoding(bytes).encoding).toBe("utf-8");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe("utf-8");
  });

  it("falls back to Windows-1252 and says which byte is not UTF-8", () => {
    // "Prénom;coût €" in Windows-1252: é = 0xE9, û = 0xFB, € = 0x80
    const bytes = new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x63, 0x6f, 0xfb, 0x74, 0x20, 0x80]);
    expect(detectEncoding(bytes)).toMatchObject({
      encoding: "windows-1252",
      invalidUtf8Offset: 2,
      reason: "ingest.decision.not_utf8",
    });
  });
});

describe("firstInvalidUtf8", () => {
  it("finds overlong forms, surrogates and stray continuation bytes", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xc3, 0xa9]))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]), true)).toBe(-1);
  });
});
