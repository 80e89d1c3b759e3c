import { describe, expect, it } from "vitest";
import { editDistance, jaroWinkler } from "../../src/clean/string-similarity.js";

describe("jaroWinkler", () => {
  // values from Winkler (1990) and the usual reference tables (e.g. Wikipedia's Jaro–Winkler article):
  // MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813
  it("gives the published values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 4);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler("abc", "abc")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("editDistance", () => {
  it("counts letters added, dropped, changed and swapped", () => {
    expect(editDistance("alimentaire", "alimentiare")).toBe(1); // swapped
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("maraude", "marade")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("ca", "abc")).toBe(3); // optimal string alignment, not unrestricted Damerau
  });
  it("stops past the bound", () => {
    expect(editDistance("distribution", "collecte", 2)).toBe(3);
  });
});
