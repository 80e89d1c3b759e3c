import { cohensDz, pairedTTest } from "@solidata/core";
import { describe, expect, it } from "vitest";

// R:
// > b <- c(10,12,9,15,20,18,7,11); a <- c(8,11,9,10,14,19,5,6)
// > r <- t.test(a,b,paired=TRUE); print(c(r$statistic, r$parameter, r$p.value, r$conf.int, r$estimate))
//  t = -2.7583864218368523  df = 7  p = 0.0281613969090087  CI = -4.643122726454461 -0.3568772735455386  mean diff = -2.5
// > d <- a-b; mean(d)/sd(d)   # dz -0.975236872006867
const before = [10, 12, 9, 15, 20, 18, 7, 11];
const after = [8, 11, 9, 10, 14, 19, 5, 6];

describe("pairedTTest", () => {
  it("matches R t.test(paired = TRUE)", () => {
    const r = pairedTTest(before, after);
    expect(r.n).toBe(8);
    expect(r.t).toBeCloseTo(-2.7583864218368523, 10);
    expect(r.df).toBe(7);
    expect(r.pValue).toBeCloseTo(0.0281613969090087, 10);
    expect(r.lower).toBeCloseTo(-4.643122726454461, 8);
    expect(r.upper).toBeCloseTo(-0.3568772735455386, 8);
    expect(r.meanDifference).toBeCloseTo(-2.5, 12);
  });

  it("drops incomplete pairs (drop-out) and says how many remain", () => {
    const r = pairedTTest([...before, 30, null], [...after, null, 4]);
    expect(r.n).toBe(8);
    expect(r.t).toBeCloseTo(-2.7583864218368523, 10);
    expect(() => pairedTTest([1, null], [2, 3])).toThrow("pairedTTest: needs at least 2 complete pairs");
    expect(() => pairedTTest([1], [2, 3])).toThrow(/same length/);
  });
});

describe("cohensDz", () => {
  it("matches mean(d)/sd(d) computed in R", () => {
    expect(cohensDz(before, after)).toBeCloseTo(-0.975236872006867, 12);
  });
});

describe("pairedTTest: a constant change", () => {
  it("is an explained refusal, not NaN by accident (R: 'data are essentially constant')", () => {
    // > t.test(c(2,3,4), c(1,2,3), paired = TRUE)   # Error: data are essentially constant
    const t = pairedTTest([1, 2, 3], [2, 3, 4]);
    expect(t.refusal).toBe("constant-difference");
    expect(t.meanDifference).toBe(1);
    expect(t.sdDifference).toBe(0);
    expect(Number.isNaN(t.pValue)).toBe(true);
    expect(pairedTTest([1, 2, 3], [2, 3, 5]).refusal).toBeNull();
  });
});
