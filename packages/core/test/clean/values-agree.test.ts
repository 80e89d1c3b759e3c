import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/clean/parse-date.js";
import { parseNumber } from "../../src/clean/parse-number.js";
import { parseDate as ingestDate, parseNumber as ingestNumber } from "../../src/ingest/value-parsers.js";

describe("the ingest's typing and the cleaning read a cell the same way", () => {
  it("two-digit years: one pivot", () => {
    for (const text of ["01/02/38", "01/02/30", "15/06/99", "15/06/05", "31/12/36", "01/01/37"]) {
      const clean = parseDate(text);
      const ingest = ingestDate(text, "dmy");
      expect(clean.ok && clean.value?.toISOString()).toBe(ingest?.date.toISOString());
    }
  });
  it("numbers: one grammar (a lone comma is a decimal comma, thousands by three)", () => {
    for (const [text, value] of [
      ["1,234", 1.234],
      ["1 234,5", 1234.5],
      ["1.234,5", 1234.5],
      ["1,234.5", 1234.5],
      ["1.234.567", 1234567],
      ["2,5", 2.5],
    ] as const) {
      expect(parseNumber(text)).toEqual({ ok: true, value });
      expect(ingestNumber(text, { decimal: "," })).toBe(value);
    }
    for (const bad of ["1 23,5", "12,3,4", "1.2.3"]) {
      expect(parseNumber(bad).ok).toBe(false);
      expect(ingestNumber(bad, { decimal: "," })).toBeUndefined();
    }
  });
});
