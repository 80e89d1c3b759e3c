import { wilsonInterval } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("wilsonInterval", () => {
  // R 4.x:
  // > options(digits=15)
  // > prop.test(8,20,correct=FALSE)$conf.int            # 0.218806532372817 0.613418499237747
  // > prop.test(0,12,correct=FALSE)$conf.int            # 0 0.242494006655241
  // > prop.test(37,37,correct=FALSE)$conf.int           # 0.905942174162798 1
  // > prop.test(45,130,correct=FALSE,conf.level=0.9)$conf.int  # 0.281289040646405 0.417291749885254
  it.each([
    [8, 20, 0.95, 0.218806532372817, 0.613418499237747],
    [0, 12, 0.95, 0, 0.242494006655241],
    [37, 37, 0.95, 0.905942174162798, 1],
    [45, 130, 0.9, 0.281289040646405, 0.417291749885254],
  ])("matches R prop.test for %i / %i at %f", (x, n, level, lower, upper) => {
    const r = wilsonInterval(x, n, level);
    expect(r.estimate).toBeCloseTo(x / n, 14);
    expect(r.lower).toBeCloseTo(lower, 10);
    expect(r.upper).toBeCloseTo(upper, 10);
    expect(r.n).toBe(n);
  });

  it("gives NaN bounds for n = 0 and rejects impossible counts", () => {
    expect(Number.isNaN(wilsonInterval(0, 0).lower)).toBe(true);
    expect(() => wilsonInterval(5, 3)).toThrow("wilsonInterval: needs 0 <= successes <= n");
    expect(() => wilsonInterval(1, 3, 1.5)).toThrow(/level/);
  });
});
