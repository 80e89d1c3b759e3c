/**
 * Attack on distinct-person counts with margins, by literal enumeration.
 *
 * In a table of distinct people per site and month, a person seen in two months counts once in
 * the site's total: totals are not sums. What an attacker knows of each line is then
 * `every cell <= total <= sum of the cells`, plus 1..k-1 for a primary cell. We enumerate every
 * non-negative integer filling of the suppressed cells (margins included) that satisfies what is
 * published, and check that each suppressed cell keeps at least two possible values.
 */
import { countDistinct } from "@solidata/core";
import { table } from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const TOTAL = "Total";

interface Cell {
  i: number;
  j: number;
  value: number;
  status: string;
}

function recoverable(cells: Cell[], rows: number, cols: number, k: number): Cell[] | null {
  const at = (i: number, j: number): Cell => cells.find((c) => c.i === i && c.j === j) as Cell;
  const unknown = cells.filter((c) => c.status !== "ok");
  if (unknown.length === 0) return [];
  const grand = at(rows, cols).value;
  const cap = grand + k;
  const ranges = unknown.map((c) => (c.status === "primary" ? [1, k - 1] : [0, cap]) as [number, number]);
  const combos = ranges.reduce((p, [lo, hi]) => p * (hi - lo + 1), 1);
  if (combos > 400_000) return null;
  const seen = unknown.map(() => new Set<number>());
  const current = new Map<Cell, number>();
  const get = (i: number, j: number): number => {
    const c = at(i, j);
    return c.status === "ok" ? c.value : (current.get(c) as number);
  };
  const consistent = (): boolean => {
    // every line: each cell <= total <= sum of its cells
    for (let i = 0; i <= rows; i += 1) {
      let sum = 0;
      let max = 0;
      for (let j = 0; j < cols; j += 1) {
        sum += get(i, j);
        max = Math.max(max, get(i, j));
      }
      const total = get(i, cols);
      if (total < max || total > sum) return false;
    }
    for (let j = 0; j <= cols; j += 1) {
      let sum = 0;
      let max = 0;
      for (let i = 0; i < rows; i += 1) {
        sum += get(i, j);
        max = Math.max(max, get(i, j));
      }
      const total = get(rows, j);
      if (total < max || total > sum) return false;
    }
    return true;
  };
  const walk = (n: number): void => {
    if (n === unknown.length) {
      if (consistent()) {
        unknown.forEach((c, u) => {
          seen[u]?.add(current.get(c) as number);
        });
      }
      return;
    }
    const [lo, hi] = ranges[n] as [number, number];
    for (let v = lo; v <= hi; v += 1) {
      current.set(unknown[n] as Cell, v);
      walk(n + 1);
    }
  };
  walk(0);
  return unknown.filter((_, u) => (seen[u]?.size ?? 0) < 2);
}

describe("attack: distinct-person counts with totals that are not sums", () => {
  it("no suppressed cell can be pinned by enumeration (random visit logs)", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: fc.integer({ min: 0, max: 35 }),
            site: fc.constantFrom("A", "B"),
            month: fc.constantFrom("m1", "m2", "m3"),
          }),
          { minLength: 5, maxLength: 50 },
        ),
        (visits) => {
          const t = table({
            person_id: visits.map((v) => `P${v.person}`),
            site: visits.map((v) => v.site),
            month: visits.map((v) => v.month),
          });
          const out = countDistinct(t, { by: ["site", "month"], person: "person_id", name: "t", totals: true, k: 5 });
          const sites = ["A", "B"].filter((s) => visits.some((v) => v.site === s));
          const months = ["m1", "m2", "m3"].filter((m) => visits.some((v) => v.month === m));
          const rows = out.table.objects() as { site: string; month: string; n: number | null; n_status: string }[];
          const cells: Cell[] = [];
          [...sites, TOTAL].forEach((s, i) => {
            [...months, TOTAL].forEach((m, j) => {
              const row = rows.find((r) => r.site === s && r.month === m);
              const real = new Set(
                visits
                  .filter((v) => (s === TOTAL || v.site === s) && (m === TOTAL || v.month === m))
                  .map((v) => v.person),
              ).size;
              cells.push({ i, j, value: row?.n ?? real, status: row ? row.n_status : "ok" });
            });
          });
          const pinned = recoverable(cells, sites.length, months.length, 5);
          if (pinned === null) return;
          checked += 1;
          expect(pinned).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 99 },
    );
    expect(checked).toBeGreaterThan(30);
  });
});
