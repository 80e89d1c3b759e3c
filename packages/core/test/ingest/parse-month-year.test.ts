import { describe, expect, it } from "vitest";
import { parseMonthYear } from "../../src/ingest/parse-month-year.js";

describe("parseMonthYear", () => {
  it("reads the forms exports write a month in", () => {
    // each is January 2024 as written by French Excel (mmm-aa), INSEE (mm/aaaa), ISO 8601 (YYYY-MM), in words
    for (const form of [
      "janv.-24",
      "01/2024",
      "1/2024",
      "2024-01",
      "2024/01",
      "janvier 2024",
      "Jan 2024",
      "JANV. 2024",
    ])
      expect(parseMonthYear(form)).toEqual({ year: 2024, month: 1 });
    expect(parseMonthYear("Decembre  2012")).toEqual({ year: 2012, month: 12 });
    expect(parseMonthYear("février 2014")).toEqual({ year: 2014, month: 2 });
    expect(parseMonthYear("août-99")).toEqual({ year: 1999, month: 8 });
  });

  it("refuses what is no month of a year", () => {
    for (const text of ["13/2024", "2024-13", "00/2024", "Lot 2024", "2024", "01/02/2024", "mars", "Accueil 12"])
      expect(parseMonthYear(text)).toBeUndefined();
  });
});
