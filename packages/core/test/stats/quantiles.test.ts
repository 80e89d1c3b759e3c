import { quantiles } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("quantiles", () => {
  // R: quantile(c(1,2,3,4,10), c(0.25,0.5,0.9))   # 2.0 3.0 7.6
  // R: quantile(c(3.5,1,7,2,2,9,11.25), c(0,0.1,0.33,0.5,1))  # 1.00 1.60 2.00 3.50 11.25
  it("matches R's default (type 7)", () => {
    expect(quantiles([1, 2, 3, 4, 10], [0.25, 0.5, 0.9]).map((v) => +v.toFixed(12))).toEqual([2, 3, 7.6]);
    expect(quantiles([3.5, 1, 7, 2, 2, 9, 11.25], [0, 0.1, 0.33, 0.5, 1]).map((v) => +v.toFixed(12))).toEqual([
      1, 1.6, 2, 3.5, 11.25,
    ]);
  });

  it("ignores missing values and returns NaN on an empty sample", () => {
    expect(quantiles([null, 4, undefined, 2, Number.NaN], [0.5])).toEqual([3]);
    expect(Number.isNaN(quantiles([], [0.5])[0])).toBe(true);
    expect(() => quantiles([1], [1.2])).toThrow("quantiles: needs probabilities in [0, 1]");
  });
});
