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
