/**
 * Attack: an outcome study with a small arm. The comparison table shows n for the control arm, the
 * change table hides the treatment arm; total − control gives it back, and its baseline mean
 * follows from the pooled mean. Every figure here goes through `protectDerived` (with the other arm
 * as the complement of one arm within the total) or `protectCount`; the attacker combines all that
 * is published.
 */
import { protectCount, protectDerived } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { integer, random } from "./helpers.js";

const K = 10;

function study(next: () => number) {
  const a = integer(next, 1, 40);
  const b = integer(next, 1, 40);
  const meanA = integer(next, 10, 90) / 10;
  const meanB = integer(next, 10, 90) / 10;
  return { a, b, meanA, meanB, pooled: (a * meanA + b * meanB) / (a + b) };
}

/** Everything a report publishes about the study, as the lead's indicators would. */
function publish(s: ReturnType<typeof study>) {
  const total = s.a + s.b;
  const totalFigure = protectCount(total);
  // the comparison table: each arm's n and mean, the difference of means
  const armA = protectDerived({ numerator: s.a, denominator: total, values: { mean: s.meanA } });
  const armB = protectDerived({ numerator: s.b, denominator: total, values: { mean: s.meanB } });
  const difference = protectDerived({ numerator: s.a, denominator: total, values: { difference: s.meanA - s.meanB } });
  // the change table: the pooled mean over everybody
  const pooled = protectDerived({ denominator: total, values: { mean: s.pooled } });
  return {
    total: totalFigure.value,
    nA: armA.numerator?.value ?? null,
    nB: armB.numerator?.value ?? null,
    meanA: armA.values.mean?.value ?? null,
    meanB: armB.values.mean?.value ?? null,
    difference: difference.values.difference?.value ?? null,
    pooled: pooled.values.mean?.value ?? null,
  };
}

describe("attack: subtraction of arms", () => {
  it("never gives a small arm's n, nor its mean, by any combination of what is published", () => {
    const next = random(1322);
    let smallArms = 0;
    let shown = 0;
    for (let run = 0; run < 3000; run += 1) {
      const s = study(next);
      const p = publish(s);
      const small = (n: number) => n > 0 && n < K;
      // n of an arm: published directly, or total minus the other arm
      const nA = p.nA ?? (p.total !== null && p.nB !== null ? p.total - p.nB : null);
      const nB = p.nB ?? (p.total !== null && p.nA !== null ? p.total - p.nA : null);
      if (small(s.a)) expect(nA).toBeNull();
      if (small(s.b)) expect(nB).toBeNull();
      // mean of an arm: published, or from the pooled mean, the other mean and both n, or from the difference
      const fromPooled = (mean: number | null, own: number | null, other: number | null) =>
        p.pooled !== null && mean !== null && own !== null && other !== null && p.total !== null
          ? (p.pooled * p.total - mean * other) / own
          : null;
      const meanA =
        p.meanA ??
        fromPooled(p.meanB, nA, nB) ??
        (p.difference !== null && p.meanB !== null ? p.meanB + p.difference : null);
      const meanB =
        p.meanB ??
        fromPooled(p.meanA, nB, nA) ??
        (p.difference !== null && p.meanA !== null ? p.meanA - p.difference : null);
      if (small(s.a)) expect(meanA).toBeNull();
      if (small(s.b)) expect(meanB).toBeNull();
      if (small(s.a) || small(s.b)) smallArms += 1;
      if (p.meanA !== null && p.meanB !== null && p.difference !== null) shown += 1;
    }
    expect(smallArms).toBeGreaterThan(500);
    // not everything is hidden: studies with two large arms publish both means and their difference
    expect(shown).toBeGreaterThan(500);
  });

  it("control: publishing the arms' n without protectDerived gives the small arm back", () => {
    // 13 in the control arm shown by one table, 22 in all: 9 in the other arm
    expect((protectCount(22).value as number) - (protectCount(13).value as number)).toBe(9);
  });
});
