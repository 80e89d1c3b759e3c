import { describe, expect, it } from "vitest";
import { ChunkDecoder } from "../../src/ingest/text-decoder.js";

describe("ChunkDecoder", () => {
  it("decodes Windows-1252 € and œ right and reports bytes that have no character", () => {
    const decoder = new ChunkDecoder("windows-1252");
    const text = decoder.decode(new Uint8Array([0x80, 0x9c, 0x8c, 0xe9, 0x81, 0x41])) + decoder.end();
    expect(text).toBe("€œŒé\ufffdA");
    expect(decoder.badOffsets).toEqual([4]);
  });

  it("reports the offset of each invalid UTF-8 byte and keeps characters cut between chunks", () => {
    const decoder = new ChunkDecoder("utf-8");
    const bytes = new Uint8Array([0x61, 0xc3, 0xa9, 0x62, 0xff, 0x63, 0xe2, 0x82, 0xac]);
    const text =
      decoder.decode(bytes.subarray(0, 2)) +
      decoder.decode(bytes.subarray(2, 7)) +
      decoder.decode(bytes.subarray(7)) +
      decoder.end();
    expect(text).toBe("aéb\ufffdc€");
    expect(decoder.badOffsets).toEqual([4]);
  });
});
