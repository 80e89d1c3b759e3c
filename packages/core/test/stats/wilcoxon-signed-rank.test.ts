import { wilcoxonSignedRank } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("wilcoxonSignedRank", () => {
  // R (example of ?wilcox.test, depression scale):
  // > b2 <- c(1.83,0.50,1.62,2.48,1.68,1.88,1.55,3.06,1.30); a2 <- c(0.878,0.647,0.598,2.05,1.06,1.29,1.06,3.14,1.29)
  // > r <- wilcox.test(a2,b2,paired=TRUE); c(r$statistic, r$p.value)    # V = 5, p = 0.0390625 (exact)
  it("matches R's exact test", () => {
    const r = wilcoxonSignedRank(
      [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3],
      [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29],
    );
    expect(r.method).toBe("exact");
    expect(r.statistic).toBe(5);
    expect(r.pValue).toBeCloseTo(0.0390625, 12);
    // rank-biserial: (T+ - T-) / (n(n+1)/2) = (5 - 40) / 45
    expect(r.rankBiserial).toBeCloseTo(-35 / 45, 12);
  });

  // R:
  // > b <- c(10,12,9,15,20,18,7,11); a <- c(8,11,9,10,14,19,5,6)
  // > r <- suppressWarnings(wilcox.test(a,b,paired=TRUE)); c(r$statistic, r$p.value)   # V = 1.5, p = 0.0414176434880488
  it("drops zero differences and corrects for ties like R", () => {
    const r = wilcoxonSignedRank([10, 12, 9, 15, 20, 18, 7, 11], [8, 11, 9, 10, 14, 19, 5, 6]);
    expect(r.zeros).toBe(1);
    expect(r.n).toBe(7);
    expect(r.method).toBe("normal");
    expect(r.statistic).toBe(1.5);
    expect(r.pValue).toBeCloseTo(0.0414176434880488, 12);
  });

  it("needs at least one non-zero difference", () => {
    expect(() => wilcoxonSignedRank([1, 2], [1, 2])).toThrow(
      "wilcoxonSignedRank: needs at least one non-zero difference",
    );
  });
});
