import { modifiedZScores } from "@solidata/core";
import { describe, expect, it } from "vitest";

// SciPy 1.x:
// >>> import numpy as np; from scipy.stats import median_abs_deviation
// >>> x = np.array([30,28,31,29,6,33,27,30,95,29,31,12.]); m = np.median(x); mad = median_abs_deviation(x)
// >>> list(0.6745 * (x - m) / mad)    # m = 29.5, mad = 1.5 (R: mad(x, constant = 1))
// >>> y = np.array([5,5,5,5,5,5,9,1.]); m = np.median(y); median_abs_deviation(y)   # 0.0
// >>> list((y - m) / (1.253314 * np.mean(np.abs(y - m))))
describe("modifiedZScores", () => {
  it("matches 0.6745 (x − median) / MAD computed with SciPy", () => {
    const x = [30, 28, 31, 29, 6, 33, 27, 30, 95, 29, 31, 12];
    const python = [
      0.22483333333333333, -0.6745, 0.6745, -0.22483333333333333, -10.567166666666667, 1.5738333333333332,
      -1.1241666666666668, 0.22483333333333333, 29.453166666666664, -0.22483333333333333, 0.6745, -7.869166666666666,
    ];
    const r = modifiedZScores(x);
    expect([r.median, r.mad, r.scale]).toEqual([29.5, 1.5, "mad"]);
    r.scores.forEach((z, i) => {
      expect(z).toBeCloseTo(python[i] as number, 12);
    });
    // the usual rule |M| > 3.5 finds the three outliers 6, 95 and 12
    expect(r.scores.flatMap((z, i) => (Math.abs(z) > 3.5 ? [x[i]] : []))).toEqual([6, 95, 12]);
  });

  it("falls back on the mean absolute deviation when more than half the values are equal", () => {
    const r = modifiedZScores([5, 5, 5, 5, 5, 5, 9, 1, null]);
    expect(r.scale).toBe("mean-ad");
    expect(r.scores[6]).toBeCloseTo(3.1915385928825497, 12);
    expect(r.scores[7]).toBeCloseTo(-3.1915385928825497, 12);
    expect(Number.isNaN(r.scores[8] as number)).toBe(true);
    expect(modifiedZScores([4, 4, 4]).scores.every(Number.isNaN)).toBe(true);
  });
});
