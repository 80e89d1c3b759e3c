import { normalizePhone } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("normalizePhone", () => {
  it("writes French numbers in E.164 whatever the separators", () => {
    for (const v of [
      "06 12 34 56 78",
      "06.12.34.56.78",
      "0612345678",
      "+33 6 12 34 56 78",
      "0033612345678",
      "+33 (0)6 12 34 56 78",
    ]) {
      expect(normalizePhone(v)).toEqual({ ok: true, value: "+33612345678" });
    }
  });
  it("gives overseas numbers dialled nationally their own calling code", () => {
    expect(normalizePhone("0690 65 29 57")).toEqual({ ok: true, value: "+590690652957" });
    expect(normalizePhone("0696 12 34 56")).toEqual({ ok: true, value: "+596696123456" });
    expect(normalizePhone("0692 12 34 56")).toEqual({ ok: true, value: "+262692123456" });
    expect(normalizePhone("0594 30 12 34")).toEqual({ ok: true, value: "+594594301234" });
  });
  it("restores the leading zero of a number a spreadsheet turned into 612345678", () => {
    expect(normalizePhone(612345678)).toEqual({ ok: true, value: "+33612345678" });
  });
  it("reads other countries with their prefix, or with another default region", () => {
    expect(normalizePhone("+32 470 12 34 56")).toEqual({ ok: true, value: "+32470123456" });
    expect(normalizePhone("0470 12 34 56", "BE")).toEqual({ ok: true, value: "+32470123456" });
  });
  it("refuses what cannot be a phone number", () => {
    expect(normalizePhone("12")).toEqual({ ok: false, code: "clean.invalid_phone" });
    expect(normalizePhone("pas de téléphone")).toEqual({ ok: false, code: "clean.invalid_phone" });
  });
});
