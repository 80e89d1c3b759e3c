import { iqrFences } from "@solidata/core";
import { describe, expect, it } from "vitest";

// R 4.2: x <- c(30,28,31,29,6,33,27,30,95,29,31,12); quantile(x, c(.25, .75))   # 27.75 31.00
// (NumPy: np.percentile(x, [25, 75]) gives the same, type 7)
describe("iqrFences", () => {
  it("gives Tukey's fences from type-7 quartiles and the values outside them", () => {
    const x = [30, 28, 31, 29, 6, 33, 27, 30, 95, 29, 31, 12];
    const f = iqrFences(x);
    expect([f.q1, f.q3, f.iqr]).toEqual([27.75, 31, 3.25]);
    expect(f.lower).toBeCloseTo(27.75 - 1.5 * 3.25, 12);
    expect(f.upper).toBeCloseTo(31 + 1.5 * 3.25, 12);
    expect(f.outside).toEqual([4, 8, 11]);
    expect(iqrFences(x, 3).outside).toEqual([4, 8, 11]);
    expect(iqrFences([...x, null], 10).outside).toEqual([8]);
    expect(() => iqrFences(x, 0)).toThrow(RangeError);
  });
});
