import { kaplanMeier, quantiles, wilsonInterval } from "@solidata/core";
import fc from "fast-check";
import { describe, it } from "vitest";

describe("statistics: properties", () => {
  it("a Wilson interval stays in [0, 1] and contains the observed proportion", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.floor(share * n);
        const w = wilsonInterval(x, n);
        return w.lower >= 0 && w.upper <= 1 && w.lower <= w.estimate + 1e-12 && w.estimate <= w.upper + 1e-12;
      }),
    );
  });

  it("a Kaplan–Meier curve never rises and its band holds the estimate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean()), { minLength: 1, maxLength: 60 }),
        (obs) => {
          const curve = kaplanMeier(
            obs.map((o) => o[0]),
            obs.map((o) => o[1]),
          );
          let previous = 1;
          for (const s of curve.steps) {
            if (s.survival > previous + 1e-12) return false;
            previous = s.survival;
            if (!Number.isNaN(s.lower) && (s.lower > s.survival + 1e-12 || s.upper < s.survival - 1e-12)) return false;
          }
          return curve.steps.reduce((a, s) => a + s.nEvent + s.nCensor, 0) === obs.length;
        },
      ),
    );
  });

  it("quantiles are ordered and within the range of the data", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const [q0, q25, q50, q75, q100] = quantiles(xs, [0, 0.25, 0.5, 0.75, 1]) as number[];
        return (
          q0 === Math.min(...xs) &&
          q100 === Math.max(...xs) &&
          (q0 as number) <= (q25 as number) &&
          (q25 as number) <= (q50 as number) &&
          (q50 as number) <= (q75 as number) &&
          (q75 as number) <= (q100 as number)
        );
      }),
    );
  });
});
