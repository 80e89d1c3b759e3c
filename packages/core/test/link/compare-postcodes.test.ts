import { comparePostcodes } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("comparePostcodes", () => {
  it("restores a lost leading zero and keeps postcodes as text", () => {
    expect(comparePostcodes(1000, "01000")).toBe(0);
    expect(comparePostcodes(" 2A004", "2a004")).toBe(0);
  });
  it("finds one digit off close, others different", () => {
    expect(comparePostcodes("75011", "75012")).toBe(1);
    expect(comparePostcodes("75011", "13001")).toBe(2);
    expect(comparePostcodes(null, "13001")).toBeNull();
  });
});
