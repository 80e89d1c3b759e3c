import { kaplanMeier, protectSurvivalSteps } from "@solidata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const start = (n: number) => ({ time: 0, nRisk: n, nEvent: 0, nCensor: 0, survival: 1, lower: 1, upper: 1 });

describe("protectSurvivalSteps", () => {
  it("publishes no step with 1 to k - 1 events, keeps every person and the exact curve at each step", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.boolean()), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 5, max: 12 }),
        (people, k) => {
          const curve = kaplanMeier(
            people.map((p) => p[0]),
            people.map((p) => (p[1] ? 1 : 0)),
          );
          const steps = [start(people.length), ...curve.steps];
          const out = protectSurvivalSteps(steps, k);
          const events = people.filter((p) => p[1]).length;
          for (const s of out) expect(s.nEvent === 0 || s.nEvent >= k).toBe(true);
          const published = out.reduce((sum, s) => sum + s.nEvent, 0);
          expect(published).toBe(events >= k ? events : 0);
          if (events >= k) expect(out.reduce((sum, s) => sum + s.nEvent + s.nCensor, 0)).toBe(people.length);
          // each published step holds the exact estimate of the input curve at its time
          for (const s of out.slice(1)) {
            const exact = steps.find((x) => x.time === s.time);
            expect(s.survival).toBe(exact?.survival);
          }
          // at-risk counts chain: the next step's people at risk are this step's minus those who left or were censored
          for (let i = 1; i + 1 < out.length; i += 1) {
            const a = out[i] as (typeof out)[number];
            const b = out[i + 1] as (typeof out)[number];
            expect(b.nRisk).toBe(a.nRisk - a.nEvent - a.nCensor);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it("groups single departures at exact days", () => {
    const times = Array.from({ length: 30 }, (_, i) => i + 1);
    const out = protectSurvivalSteps([start(30), ...kaplanMeier(times, new Array(30).fill(1)).steps], 10);
    expect(out.map((s) => [s.time, s.nRisk, s.nEvent])).toEqual([
      [0, 30, 0],
      [10, 30, 10],
      [20, 20, 10],
      [30, 10, 10],
    ]);
    expect(out[1]?.survival).toBeCloseTo(20 / 30, 12);
  });
  it("refuses k below 5", () => {
    expect(() => protectSurvivalSteps([], 3)).toThrow();
  });
});
