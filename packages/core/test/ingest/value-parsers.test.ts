import { describe, expect, it } from "vitest";
import {
  decimalEvidence,
  fullYear,
  parseCurrency,
  parseDate,
  parseNumber,
  parsePercent,
} from "../../src/ingest/value-parsers.js";

const comma = { decimal: "," as const };
const dot = { decimal: "." as const };

describe("parseNumber", () => {
  it("reads decimal commas and dots and every thousands separator", () => {
    expect(parseNumber("2,5", comma)).toBe(2.5);
    expect(parseNumber("2.5", dot)).toBe(2.5);
    expect(parseNumber("1 234,5", comma)).toBe(1234.5);
    expect(parseNumber("1\u00a0234\u00a0567", comma)).toBe(1234567);
    expect(parseNumber("1\u202f234,50", comma)).toBe(1234.5);
    expect(parseNumber("1.234.567", comma)).toBe(1234567);
    expect(parseNumber("1.234,5", comma)).toBe(1234.5);
    expect(parseNumber("1,234.5", dot)).toBe(1234.5);
    expect(parseNumber("-3", comma)).toBe(-3);
  });

  it("reads an ambiguous 1.234 or 1,234 by the column's decimal separator", () => {
    expect(parseNumber("1.234", comma)).toBe(1234);
    expect(parseNumber("1.234", dot)).toBe(1.234);
    expect(parseNumber("1,234", comma)).toBe(1.234);
    expect(parseNumber("1,234", dot)).toBe(1234);
  });

  it("refuses what is not a number", () => {
    for (const bad of ["", "abc", "1 23", "0x1F", "Infinity", "1,2,3", "12 h", "1.23.4"])
      expect(parseNumber(bad, comma)).toBeUndefined();
  });

  it("gives evidence of the decimal separator only when unambiguous", () => {
    expect(decimalEvidence("4,5")).toBe(",");
    expect(decimalEvidence("4.5")).toBe(".");
    expect(decimalEvidence("1.234")).toBeUndefined();
    expect(decimalEvidence("1.234.567")).toBe(",");
  });
});

describe("parsePercent and parseCurrency", () => {
  it("reads percentages as fractions", () => {
    expect(parsePercent("12,5 %", comma)).toBe(0.125);
    expect(parsePercent("50%", dot)).toBe(0.5);
    expect(parsePercent("50", dot)).toBeUndefined();
  });

  it("reads amounts with their currency", () => {
    expect(parseCurrency("1 200,50 €", comma)).toEqual({ value: 1200.5, currency: "EUR" });
    expect(parseCurrency("€12.50", dot)).toEqual({ value: 12.5, currency: "EUR" });
    expect(parseCurrency("30 EUR", comma)).toEqual({ value: 30, currency: "EUR" });
    expect(parseCurrency("30", comma)).toBeUndefined();
  });
});

describe("parseDate", () => {
  const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date =>
    new Date(Date.UTC(y, m - 1, d, h, mi, s));

  it("reads day-first, month-first, ISO and named-month dates at UTC midnight", () => {
    expect(parseDate("03/04/2024", "dmy")?.date).toEqual(utc(2024, 4, 3));
    expect(parseDate("03/04/2024", "mdy")?.date).toEqual(utc(2024, 3, 4));
    expect(parseDate("3/4/24", "dmy")?.date).toEqual(utc(2024, 4, 3));
    expect(parseDate("11.09.2001", "dmy")?.date).toEqual(utc(2001, 9, 11));
    expect(parseDate("2024-03-19", "dmy")?.date).toEqual(utc(2024, 3, 19));
    expect(parseDate("1er mars 2024", "dmy")?.date).toEqual(utc(2024, 3, 1));
    expect(parseDate("1 March 2015", "dmy")?.date).toEqual(utc(2015, 3, 1));
  });

  it("reads times as UTC, with an offset when given", () => {
    expect(parseDate("2024-03-19T10:30:00Z", "dmy")).toEqual({ time: true, date: utc(2024, 3, 19, 10, 30) });
    expect(parseDate("2024-03-19T10:30:00+02:00", "dmy")?.date).toEqual(utc(2024, 3, 19, 8, 30));
    expect(parseDate("19/03/2024 14h05", "dmy")?.date).toEqual(utc(2024, 3, 19, 14, 5));
  });

  it("refuses impossible dates", () => {
    for (const bad of ["31/02/2024", "13/13/2024", "2024-02-30", "12", "1 foo 2024"])
      expect(parseDate(bad, "dmy")).toBeUndefined();
  });

  it("puts two-digit years in the century that is at most ten years ahead", () => {
    const now = new Date(Date.UTC(2026, 0, 1));
    expect(fullYear(36, now)).toBe(2036);
    expect(fullYear(37, now)).toBe(1937);
    expect(fullYear(92, now)).toBe(1992);
  });
});
