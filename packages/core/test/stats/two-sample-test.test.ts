import { cohensD, twoSampleTest } from "@solidata/core";
import { describe, expect, it } from "vitest";

// R:
// > x <- c(5.1,6.3,7.7,8.2,4.9,6.6,7.1); y <- c(3.2,4.4,5.0,6.8,2.9,4.1)
// > r <- t.test(x,y); c(r$statistic, r$parameter, r$p.value, r$conf.int)
//   2.90887073381859 10.13432176412238 0.0153910251893797 0.5077767893611043 3.8065089249246093
// > r <- wilcox.test(x,y); c(r$statistic, r$p.value)     # W = 37, p = 0.0221445221445221 (exact)
// > x3 <- c(1,2,2,3,4,5,5,5); y3 <- c(2,3,3,4,4,6,7)
// > r <- suppressWarnings(wilcox.test(x3,y3)); c(r$statistic, r$p.value)   # W = 22, p = 0.518412903674257
// > np <- function(x,y){ sp <- sqrt(((length(x)-1)*var(x)+(length(y)-1)*var(y))/(length(x)+length(y)-2)); (mean(x)-mean(y))/sp}
// > np(x,y); np(c(5,6,7,8),c(3,4,5,6))    # 1.63544785084192 1.54919333848297
const x = [5.1, 6.3, 7.7, 8.2, 4.9, 6.6, 7.1];
const y = [3.2, 4.4, 5.0, 6.8, 2.9, 4.1];

describe("twoSampleTest", () => {
  it("matches R's Welch t test and exact Mann–Whitney", () => {
    const r = twoSampleTest(x, y);
    expect(r.welch.t).toBeCloseTo(2.90887073381859, 10);
    expect(r.welch.df).toBeCloseTo(10.13432176412238, 10);
    expect(r.welch.pValue).toBeCloseTo(0.0153910251893797, 10);
    expect(r.welch.lower).toBeCloseTo(0.5077767893611043, 8);
    expect(r.welch.upper).toBeCloseTo(3.8065089249246093, 8);
    expect(r.mannWhitney.statistic).toBe(37);
    expect(r.mannWhitney.method).toBe("exact");
    expect(r.mannWhitney.pValue).toBeCloseTo(0.0221445221445221, 12);
    expect(r.mannWhitney.rankBiserial).toBeCloseTo((2 * 37) / 42 - 1, 12);
    expect(r.cohensD).toBeCloseTo(1.63544785084192, 12);
  });

  it("uses the normal approximation with tie correction like R", () => {
    const r = twoSampleTest([1, 2, 2, 3, 4, 5, 5, 5], [2, 3, 3, 4, 4, 6, 7]);
    expect(r.mannWhitney.statistic).toBe(22);
    expect(r.mannWhitney.method).toBe("normal");
    expect(r.mannWhitney.pValue).toBeCloseTo(0.518412903674257, 12);
  });

  it("ignores missing values and needs two values per group", () => {
    expect(twoSampleTest([...x, null], [null, ...y]).nX).toBe(7);
    expect(() => twoSampleTest([1], [1, 2])).toThrow("twoSampleTest: needs at least 2 values in each group");
  });
});

describe("cohensD", () => {
  it("matches the pooled-sd formula computed in R", () => {
    expect(cohensD([5, 6, 7, 8], [3, 4, 5, 6])).toBeCloseTo(1.54919333848297, 12);
  });
});
