import { benjaminiHochberg } from "@solidata/core";
import { describe, expect, it } from "vitest";

// R 4.2:
// > p <- c(0.01, 0.04, 0.03, 0.2, NA, 0.001, 0.5, 0.04, 0.9, 0.0001); p.adjust(p, "BH")
// [1] 0.030 0.060 0.060 0.257142857142857 NA 0.0045 0.5625 0.060 0.900 0.0009
describe("benjaminiHochberg", () => {
  it("matches R p.adjust(method = 'BH'), missing values left out of m", () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.2, null, 0.001, 0.5, 0.04, 0.9, 0.0001]);
    const R = [0.03, 0.06, 0.06, 0.257142857142857, Number.NaN, 0.0045, 0.5625, 0.06, 0.9, 0.0009];
    adjusted.forEach((a, i) => {
      if (Number.isNaN(R[i] as number)) expect(Number.isNaN(a)).toBe(true);
      else expect(a).toBeCloseTo(R[i] as number, 14);
    });
  });

  it("keeps order, caps at 1 and refuses a p-value outside [0, 1]", () => {
    expect(benjaminiHochberg([0.9, 0.95])).toEqual([0.95, 0.95]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
  });
});
