import { bootstrapInterval, seededRandom } from "@solidata/core";
import { describe, expect, it } from "vitest";

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("bootstrapInterval", () => {
  it("is deterministic for a seed and changes with the seed", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7];
    const a = bootstrapInterval(values, mean, { seed: 42 });
    const b = bootstrapInterval(values, mean, { seed: 42 });
    const c = bootstrapInterval(values, mean, { seed: 43 });
    expect(a).toEqual(b);
    expect(c.lower === a.lower && c.upper === a.upper).toBe(false);
    expect(a.estimate).toBeCloseTo(mean(values), 12);
  });

  // For a large sample the percentile interval of the mean approaches mean ± 1.96·sd/√n.
  // The sample is 1..400: R: x <- 1:400; mean(x) + c(-1,1)*qnorm(0.975)*sd(x)/sqrt(400)
  // [1] 189.170 211.830
  it("agrees with the normal-theory interval on a large sample", () => {
    const values = Array.from({ length: 400 }, (_, i) => i + 1);
    const r = bootstrapInterval(values, mean, { replicates: 4000, seed: 3 });
    expect(r.lower).toBeGreaterThan(189.17 - 1.5);
    expect(r.lower).toBeLessThan(189.17 + 1.5);
    expect(r.upper).toBeGreaterThan(211.83 - 1.5);
    expect(r.upper).toBeLessThan(211.83 + 1.5);
  });

  it("rejects an empty sample and too few replicates", () => {
    expect(() => bootstrapInterval([], mean)).toThrow("bootstrapInterval: needs a non-empty sample");
    expect(() => bootstrapInterval([1], mean, { replicates: 10 })).toThrow(/100 replicates/);
  });
});

describe("seededRandom", () => {
  it("gives uniform numbers in [0, 1)", () => {
    const next = seededRandom(7);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const v = next();
      expect(v >= 0 && v < 1).toBe(true);
      sum += v;
    }
    expect(sum / 10000).toBeGreaterThan(0.48);
    expect(sum / 10000).toBeLessThan(0.52);
  });
});

describe("bootstrapInterval: unusable replicates", () => {
  const sd = (xs: number[]): number => {
    const m = mean(xs);
    return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
  };
  const dz = (xs: number[]): number => mean(xs) / sd(xs);

  it("refuses an interval when too many resamples give no number (n = 2: about half are constant)", () => {
    // of the 4 equally likely resamples of [1, 3], [1, 1] and [3, 3] have sd 0: d_z is ±Infinity, not a number to rank
    const r = bootstrapInterval([1, 3], dz, { replicates: 2000 });
    expect(r.unusable / r.replicates).toBeGreaterThan(0.4);
    expect(r.unusable / r.replicates).toBeLessThan(0.6);
    expect(r.refused).toBe(true);
    expect(Number.isNaN(r.lower) && Number.isNaN(r.upper)).toBe(true);
    expect(r.estimate).toBeCloseTo(2 / Math.SQRT2, 12);
  });

  it("counts the unusable replicates and keeps the interval below the documented share", () => {
    const r = bootstrapInterval([3, 2, 3, 2, 4, 3, 1, 5, 2, 4, 3, 6], dz, { replicates: 2000 });
    expect(r.unusable).toBeLessThan(100);
    expect(r.refused).toBe(false);
    expect(r.lower).toBeLessThan(r.estimate);
    // the share is an option: with 0 no unusable replicate is tolerated
    const strict = bootstrapInterval([1, 3, 2], dz, { maxUnusableShare: 0 });
    expect(strict.unusable).toBeGreaterThan(0);
    expect(strict.refused).toBe(true);
    expect(() => bootstrapInterval([1, 2], mean, { maxUnusableShare: 2 })).toThrow(RangeError);
  });
});
