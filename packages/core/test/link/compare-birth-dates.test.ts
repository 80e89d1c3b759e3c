import { compareBirthDates } from "@solidata/core";
import { describe, expect, it } from "vitest";

// levels: 0 exact, 1 swapped_or_one_digit, 2 within_a_year, 3 different
describe("compareBirthDates", () => {
  it("reads ISO, French DD/MM/YYYY, YYYYMMDD and Date objects as the same date", () => {
    expect(compareBirthDates("1985-04-03", "03/04/1985")).toBe(0);
    expect(compareBirthDates(19850403, new Date(Date.UTC(1985, 3, 3)))).toBe(0);
  });
  it("sees day and month swapped, one digit off and two digits transposed", () => {
    expect(compareBirthDates("1985-04-03", "1985-03-04")).toBe(1);
    expect(compareBirthDates("1985-04-03", "1985-04-08")).toBe(1);
    expect(compareBirthDates("1985-04-03", "1958-04-03")).toBe(1);
    // an impossible date typed in a file is still compared digit by digit
    expect(compareBirthDates("19081209", "19081309")).toBe(1);
  });
  it("separates dates within a year from the others", () => {
    expect(compareBirthDates("1985-04-03", "1985-10-20")).toBe(2);
    expect(compareBirthDates("1985-04-03", "1990-11-20")).toBe(3);
    expect(compareBirthDates("1985-04-03", "")).toBeNull();
    expect(compareBirthDates("1985-04-03", "inconnue")).toBeNull();
  });
});
