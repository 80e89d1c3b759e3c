/**
 * Attack: two reports over nested periods (January–June, then January–July) each publish the number
 * of people seen; their difference is the number seen only in July. With exact counts 103 − 100 = 3
 * people are singled out. With the cell-key method (and, separately, rounding to 5) the difference
 * must never pin a count from 1 to k − 1.
 */
import { protectCount } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { candidatesBehind, candidatesBehindRounded, integer, keysOf, random } from "./helpers.js";

const K = 10;

interface Scenario {
  first: number[]; // record keys of the people seen in the shorter period
  extra: number[]; // record keys of the people seen only in the added month
}

function scenarios(count: number): Scenario[] {
  const next = random(20250701);
  return Array.from({ length: count }, () => ({
    first: keysOf(next, integer(next, K, 200)),
    extra: keysOf(next, integer(next, 1, K - 1)),
  }));
}

/** The differences an attacker cannot rule out, given the two published counts. */
function feasibleDifferences(a: number, b: number, behind: (p: number, k: number) => number[]): Set<number> {
  const out = new Set<number>();
  for (const x of behind(a, K)) for (const y of behind(b, K)) if (y - x > 0) out.add(y - x);
  return out;
}

describe("attack: nested periods", () => {
  const all = scenarios(2000);

  it("control: exact counts give the people seen only in the added month", () => {
    const { first, extra } = all[0] as Scenario;
    const a = protectCount(first.length).value as number;
    const b = protectCount(first.length + extra.length).value as number;
    expect(b - a).toBe(extra.length);
  });

  it("cell-key counts never pin the difference, and the attacker's best guess is mostly wrong", () => {
    let right = 0;
    for (const { first, extra } of all) {
      const a = protectCount(first.length, { recordKeys: first }).value as number;
      const both = [...first, ...extra];
      const b = protectCount(both.length, { recordKeys: both }).value as number;
      // the same people always give the same value: asking again cannot average the noise away
      expect(protectCount(both.length, { recordKeys: [...both].reverse() }).value).toBe(b);
      const feasible = feasibleDifferences(a, b, candidatesBehind);
      expect(feasible.has(extra.length)).toBe(true);
      expect(feasible.size).toBeGreaterThan(1);
      if (b - a === extra.length) right += 1;
    }
    // the naive difference is right about 37 % of the time (P(same change) under the p-table)
    expect(right / all.length).toBeLessThan(0.5);
  });

  it("counts rounded to 5 never pin the difference either", () => {
    for (const { first, extra } of all) {
      const a = protectCount(first.length, { roundTo: 5 }).value as number;
      const b = protectCount(first.length + extra.length, { roundTo: 5 }).value as number;
      const feasible = feasibleDifferences(a, b, candidatesBehindRounded);
      expect(feasible.has(extra.length)).toBe(true);
      expect(feasible.size).toBeGreaterThan(1);
    }
  });
});
