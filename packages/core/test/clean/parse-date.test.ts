import { detectDateOrder, parseDate } from "@solidata/core";
import { describe, expect, it } from "vitest";

const d = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

describe("parseDate", () => {
  it("reads French numeric dates day first", () => {
    expect(parseDate("03/04/2024")).toEqual({ ok: true, value: d("2024-04-03") });
    expect(parseDate("3-4-2024")).toEqual({ ok: true, value: d("2024-04-03") });
    expect(parseDate("03.04.24")).toEqual({ ok: true, value: d("2024-04-03") });
    expect(parseDate("03/04/85")).toEqual({ ok: true, value: d("1985-04-03") });
  });
  it("reads month first when told", () => {
    expect(parseDate("03/04/2024", "mdy")).toEqual({ ok: true, value: d("2024-03-04") });
  });
  it("reads ISO, compact, datetimes, month names and spreadsheet serials", () => {
    expect(parseDate("2024-02-29")).toEqual({ ok: true, value: d("2024-02-29") });
    expect(parseDate("2024-02-29T18:30:00+02:00")).toEqual({ ok: true, value: d("2024-02-29") });
    expect(parseDate("20240229")).toEqual({ ok: true, value: d("2024-02-29") });
    expect(parseDate("1er mars 2024")).toEqual({ ok: true, value: d("2024-03-01") });
    expect(parseDate("12 Février 2024")).toEqual({ ok: true, value: d("2024-02-12") });
    expect(parseDate("March 1, 2024")).toEqual({ ok: true, value: d("2024-03-01") });
    // Excel: =DATE(2024;3;1) is serial 45352
    expect(parseDate(45352)).toEqual({ ok: true, value: d("2024-03-01") });
    expect(parseDate(new Date("2024-03-01T15:00:00Z"))).toEqual({ ok: true, value: d("2024-03-01") });
  });
  it("refuses impossible dates instead of shifting them", () => {
    // written as dates, but not in the calendar: impossible (the cleaning sets their rows aside)
    for (const bad of ["31/02/2024", "29/02/2023", "00/01/2024", "13/13/2024", "2024-13-01", "30 février 2024"]) {
      expect(parseDate(bad)).toEqual({ ok: false, code: "clean.impossible_date" });
    }
    // not a date at all
    for (const bad of ["hier", "bientôt", "12"])
      expect(parseDate(bad)).toEqual({ ok: false, code: "clean.invalid_date" });
  });
  it("treats blanks as missing", () => {
    expect(parseDate("  ")).toEqual({ ok: true, value: null });
  });
});

describe("detectDateOrder", () => {
  it("finds month first only with proof and no proof of the contrary", () => {
    expect(detectDateOrder(["12/31/2024", "01/02/2024"])).toBe("mdy");
    expect(detectDateOrder(["31/12/2024", "01/02/2024"])).toBe("dmy");
    expect(detectDateOrder(["01/02/2024"])).toBe("dmy");
    expect(detectDateOrder(["31/12/2024", "12/31/2024"])).toBe("dmy");
  });
});
