import { catalogue, isMessageCode, type MessageCode } from "@solidata/core";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("isMessageCode", () => {
  it("accepts every code of the English and French catalogues and nothing else", () => {
    const codes = Object.keys(catalogue.en);
    expect(codes.length).toBeGreaterThan(200);
    expect(codes.filter((c) => !isMessageCode(c))).toEqual([]);
    expect(Object.keys(catalogue.fr).filter((c) => !isMessageCode(c))).toEqual([]);
    for (const c of ["no.such.code", "", "ingest", "ingest.", "toString", "__proto__", "INGEST.RAGGED_ROW"])
      expect(isMessageCode(c), c).toBe(false);
  });

  it("narrows a string read from outside to a MessageCode", () => {
    const read: string = JSON.parse('"ingest.ragged_row"');
    if (isMessageCode(read)) expectTypeOf(read).toEqualTypeOf<MessageCode>();
    expect(isMessageCode(read)).toBe(true);
  });
});
