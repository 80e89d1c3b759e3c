import { newcombeInterval } from "@solidata/core";
import { describe, expect, it } from "vitest";

// Newcombe RG (1998), "Interval estimation for the difference between independent proportions: comparison of
// eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score), 4 decimals; full precision
// from SciPy 1.x:
// >>> from scipy.stats import norm; import math; z = norm.ppf(0.975)
// >>> def wilson(x, n):
// ...     p = x/n; c = (p + z*z/(2*n))/(1 + z*z/n); h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n))/(1 + z*z/n)
// ...     return p, c - h, c + h
// >>> def newc(x1, n1, x2, n2):
// ...     p1, l1, u1 = wilson(x1, n1); p2, l2, u2 = wilson(x2, n2); d = p1 - p2
// ...     return d, d - math.sqrt((p1-l1)**2 + (u2-p2)**2), d + math.sqrt((u1-p1)**2 + (p2-l2)**2)
const cases: [number, number, number, number, number, number, number, number][] = [
  // x1, n1, x2, n2, published lower, published upper, SciPy lower, SciPy upper
  [56, 70, 48, 80, 0.0524, 0.3339, 0.05243147240236498, 0.333872654036906],
  [9, 10, 3, 10, 0.1705, 0.809, 0.170522723934503, 0.8090179735354881],
  [6, 7, 2, 7, 0.0582, 0.8062, 0.0582279274823122, 0.8062496375242277],
  [5, 56, 0, 29, -0.0381, 0.1926, -0.03813714790353688, 0.1925600138551116],
  [0, 10, 0, 20, -0.1611, 0.2775, -0.1611251580528194, 0.2775327998628892],
  [0, 10, 0, 10, -0.2775, 0.2775, -0.2775327998628892, 0.2775327998628892],
  [10, 10, 0, 20, 0.6791, 1, 0.6790860371419147, 1],
  [10, 10, 0, 10, 0.6075, 1, 0.6075093504305242, 1],
];

describe("newcombeInterval", () => {
  it.each(cases)("%i/%i − %i/%i matches Newcombe (1998) Table II, method 10", (x1, n1, x2, n2, pl, pu, sl, su) => {
    const r = newcombeInterval(x1, n1, x2, n2);
    expect(r.difference).toBeCloseTo(x1 / n1 - x2 / n2, 14);
    expect(r.lower).toBeCloseTo(pl, 4);
    expect(r.upper).toBeCloseTo(pu, 4);
    expect(r.lower).toBeCloseTo(sl, 12);
    expect(r.upper).toBeCloseTo(su, 12);
  });

  it("gives NaN for an empty group and refuses impossible counts", () => {
    expect(Number.isNaN(newcombeInterval(3, 10, 0, 0).difference)).toBe(true);
    expect(() => newcombeInterval(11, 10, 0, 5)).toThrow(RangeError);
  });
});
