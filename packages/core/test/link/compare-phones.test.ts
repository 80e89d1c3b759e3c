import { comparePhones } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("comparePhones", () => {
  it("compares numbers in E.164, however they are written", () => {
    expect(comparePhones("06 12 34 56 78", "+33612345678")).toBe(0);
    expect(comparePhones("0033 6 12 34 56 78", "06.12.34.56.78")).toBe(0);
    // a mobile number read as a number lost its leading zero
    expect(comparePhones(612345678, "06 12 34 56 78")).toBe(0);
  });
  it("finds one digit off or two swapped close, other numbers different", () => {
    expect(comparePhones("06 12 34 56 78", "06 12 34 56 79")).toBe(1);
    expect(comparePhones("06 12 34 56 78", "06 12 34 65 78")).toBe(1);
    expect(comparePhones("06 12 34 56 78", "07 98 76 54 32")).toBe(2);
    expect(comparePhones("", "06 12 34 56 78")).toBeNull();
  });
});

describe("comparePhones across regions", () => {
  it("compares the last nine digits, so a number read in another region still matches", () => {
    // "06 39 …" is read as a Mayotte number (+262 639…) by the cleaning; "+33 6 39 …" as a French one
    expect(comparePhones("06 39 20 20 26", "+33 6 39 20 20 26")).toBe(0);
    expect(comparePhones("0690 12 34 56", "+590 690 12 34 56")).toBe(0);
  });
});
