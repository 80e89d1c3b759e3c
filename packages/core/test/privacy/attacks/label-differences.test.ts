/**
 * Attack: a public output that says which rule hid a cell, or labels hidden cells differently
 * ("< 10" versus "masqué"), tells that a complementary cell is not small, which narrows the primary
 * cell beside it. Public tables go through `publicTable`: one status, one label.
 */
import {
  catalogue,
  PUBLIC_LABEL_CODE,
  publicSuppressed,
  publicTable,
  SuppressionRule,
  suppressSmallCells,
} from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { integer, random } from "./helpers.js";

const K = 10;

/** Values of hidden cell i that fit the line total, with or without the rule of each hidden cell. */
function feasible(hiddenRules: string[], rest: number, withRules: boolean): Set<number>[] {
  const sets = hiddenRules.map(() => new Set<number>());
  const range = (rule: string): [number, number] =>
    withRules ? (rule === "primary" ? [1, K - 1] : [K, rest]) : [0, rest];
  const walk = (j: number, left: number, values: number[]): void => {
    if (j === hiddenRules.length - 1) {
      const [lo, hi] = range(hiddenRules[j] as string);
      if (left >= lo && left <= hi) for (const [t, v] of [...values, left].entries()) sets[t]?.add(v);
      return;
    }
    const [lo, hi] = range(hiddenRules[j] as string);
    for (let v = lo; v <= Math.min(hi, left); v += 1) walk(j + 1, left - v, [...values, v]);
  };
  walk(0, rest, []);
  return sets;
}

describe("attack: label differences", () => {
  it("public tables show one status for every hidden cell and never the rule", () => {
    const next = random(1010);
    let narrowed = 0;
    for (let run = 0; run < 400; run += 1) {
      const counts = Array.from({ length: integer(next, 2, 5) }, () => integer(next, 1, 30));
      const t = table({
        site: [...counts.map((_, i) => `s${i}`), "Total"],
        n: [...counts, counts.reduce((a, b) => a + b, 0)],
      });
      const internal = suppressSmallCells(t, { name: "sites", counts: ["n"], dimensions: ["site"] });
      const pub = publicTable(internal.table);
      const statuses = Array.from(pub.array("n_status") as ArrayLike<string>);
      expect(new Set(statuses.filter((s) => s !== "ok"))).toEqual(
        new Set(statuses.some((s) => s !== "ok") ? ["suppressed"] : []),
      );
      const text = JSON.stringify({ rows: pub.objects(), suppressed: publicSuppressed(internal.suppressed) });
      for (const rule of Object.values(SuppressionRule)) expect(text).not.toContain(`"${rule}"`);
      // what the public attacker can say about each hidden cell is never narrower than 0..rest
      const rules = Array.from(internal.table.array("n_status") as ArrayLike<string>).slice(0, counts.length);
      const hidden = rules.map((r, i) => [r, i] as const).filter(([r]) => r !== "ok");
      if (hidden.length === 0) continue;
      const rest =
        (counts.reduce((a, b) => a + b, 0) as number) - counts.reduce((s, c, i) => s + (rules[i] === "ok" ? c : 0), 0);
      const open = feasible(
        hidden.map(([r]) => r),
        rest,
        false,
      );
      const told = feasible(
        hidden.map(([r]) => r),
        rest,
        true,
      );
      hidden.forEach(([, i], t) => {
        expect(open[t]?.has(counts[i] as number)).toBe(true);
        if ((counts[i] as number) < K) expect(open[t]?.size).toBeGreaterThan(1);
      });
      if (told.some((s, t) => (s.size as number) < (open[t]?.size as number))) narrowed += 1;
    }
    // control: the rules, had they been published, would have narrowed the hidden cells
    expect(narrowed).toBeGreaterThan(50);
  });

  it("has one public label, in French and in English", () => {
    expect(catalogue.fr[PUBLIC_LABEL_CODE]).toBe("masqué");
    expect(catalogue.en[PUBLIC_LABEL_CODE]).toBe("hidden");
  });
});
