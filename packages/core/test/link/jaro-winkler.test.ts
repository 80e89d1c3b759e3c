import { jaroWinkler } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("jaroWinkler", () => {
  // Reference values of Winkler (1990), also in the Wikipedia article "Jaro–Winkler distance":
  // MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813
  it("gives the published values", () => {
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("DWAYNE", "DUANE")).toBeCloseTo(0.84, 3);
    expect(jaroWinkler("DIXON", "DICKSONX")).toBeCloseTo(0.813, 3);
  });
  it("is 1 for equal strings, 0 with nothing in common or an empty side, and symmetric", () => {
    expect(jaroWinkler("dupont", "dupont")).toBe(1);
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("abc", "")).toBe(0);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("dupont", "dupond")).toBeCloseTo(jaroWinkler("dupond", "dupont"), 12);
  });
  it("does not depend on earlier calls with longer strings (its buffers are reused)", () => {
    const before = jaroWinkler("martin", "matrin");
    jaroWinkler("a".repeat(300), "a".repeat(299));
    expect(jaroWinkler("martin", "matrin")).toBe(before);
  });
});
