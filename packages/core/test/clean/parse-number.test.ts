import { parseNumber } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parseNumber", () => {
  it("reads French and English writings", () => {
    expect(parseNumber("1 234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("1\u202f234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("1.234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("2,5")).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber("-3")).toEqual({ ok: true, value: -3 });
    expect(parseNumber("12,50 €")).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber("1.234.567")).toEqual({ ok: true, value: 1234567 });
  });
  it("turns percentages into fractions", () => {
    expect(parseNumber("12,5 %")).toEqual({ ok: true, value: 0.125 });
  });
  it("refuses text", () => {
    for (const bad of ["deux", "1,2,3a", "12-5", "1.2.3"])
      expect(parseNumber(bad)).toEqual({ ok: false, code: "clean.invalid_number" });
  });
  it("passes numbers through and blanks as null", () => {
    expect(parseNumber(7)).toEqual({ ok: true, value: 7 });
    expect(parseNumber("")).toEqual({ ok: true, value: null });
  });
});
