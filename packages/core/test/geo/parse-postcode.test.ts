import { parsePostcode } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parsePostcode", () => {
  it("restores lost leading zeros and joins or trims the usual writings", () => {
    expect(parsePostcode(1400)).toEqual({ ok: true, value: "01400" });
    expect(parsePostcode("1400")).toEqual({ ok: true, value: "01400" });
    expect(parsePostcode("75 012")).toEqual({ ok: true, value: "75012" });
    expect(parsePostcode("75012 CEDEX 12")).toEqual({ ok: true, value: "75012" });
    expect(parsePostcode("75012 Paris")).toEqual({ ok: true, value: "75012" });
    expect(parsePostcode("F-67000")).toEqual({ ok: true, value: "67000" });
  });
  it("refuses what is not shaped like a postcode", () => {
    for (const bad of ["ABCDE", "123", "750123", "Paris", 12.5])
      expect(parsePostcode(bad)).toEqual({ ok: false, code: "clean.invalid_postcode" });
  });
});
