/**
 * Attack: "Driver 10.5 h" from two volunteers: each subtracts their own hours and reads the other's.
 * Hours by activity go through `suppressSmallCells` (contributors and dominance, with the total),
 * and single sums through `protectSum`. The attacker is one of the contributors of a hidden sum; a
 * sum of another person's hours is recovered when it is pinned.
 */
import { protectSum, suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { integer, random } from "./helpers.js";

describe("attack: minimum contributors", () => {
  it("protectSum never publishes a sum one contributor can subtract to another's hours", () => {
    const next = random(105);
    for (let run = 0; run < 3000; run += 1) {
      const people = integer(next, 1, 6);
      const hours: [string, number][] = Array.from({ length: people }, (_, i) => [`v${i}`, integer(next, 1, 40) / 2]);
      const out = protectSum(hours);
      if (out.value === null) continue;
      const total = hours.reduce((s, [, h]) => s + h, 0);
      // a contributor knows their own hours: with one other contributor the rest is that person's
      expect(people).toBeGreaterThanOrEqual(3);
      for (const [, own] of hours) expect(own / total).toBeLessThanOrEqual(0.85);
    }
  });

  it("a hidden sum in a table with a total is never alone in its line", () => {
    const next = random(205);
    for (let run = 0; run < 500; run += 1) {
      const activities = integer(next, 2, 6);
      const rows = Array.from({ length: activities }, () => {
        const n = integer(next, 1, 8);
        const hours = Array.from({ length: n }, () => integer(next, 1, 40) / 2);
        return { sum: hours.reduce((a, b) => a + b, 0), n, largest: Math.max(...hours) };
      });
      const t = table({
        activity: [...rows.map((_, i) => `a${i}`), "Total"],
        hours: [...rows.map((r) => r.sum), rows.reduce((s, r) => s + r.sum, 0)],
        people: [...rows.map((r) => r.n), rows.reduce((s, r) => s + r.n, 0)],
        largest: [...rows.map((r) => r.largest), Math.max(...rows.map((r) => r.largest))],
      });
      const out = suppressSmallCells(t, {
        name: "hours",
        dimensions: ["activity"],
        sums: { hours: "largest" },
        contributors: { hours: "people" },
      });
      const published = Array.from(out.table.array("hours") as ArrayLike<number | null>);
      const hidden = published.slice(0, activities).filter((v) => v === null).length;
      // one hidden cell beside a published total is the total minus the others
      if (published[activities] !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
      rows.forEach((r, i) => {
        if (r.n < 3) expect(published[i]).toBeNull();
      });
    }
  });
});
