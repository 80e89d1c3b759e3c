/**
 * Attack: a table of people by number of visits (1, 2, 3) with its total, and the total number of
 * visits. With the "1 visit" band hidden, exact totals give it back: 103 people and 203 visits,
 * 40 people with 2 visits and 40 with 3 leave 3 people who came once (and the complementary cell
 * with them). The bands go through `suppressSmallCells`; the totals of people and of visits through
 * the cell-key method. The attacker knows every published value, the p-table, and that a visit band
 * b holds b visits per person; a hidden cell is recovered when only one value fits.
 */
import { perturbCount, publicTable, suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { candidatesBehind, integer, keysOf, random } from "./helpers.js";

const K = 10;
const BANDS = [1, 2, 3];

interface Published {
  people: (number | null)[]; // per band, null when hidden
  totalPeople: number;
  totalVisits: number;
}

/** Values of the hidden bands that fit everything published; the true counts are among them. */
function feasible(pub: Published, exact: boolean): Map<number, Set<number>> {
  const hidden = BANDS.map((_, i) => i).filter((i) => pub.people[i] === null);
  const out = new Map(hidden.map((i) => [i, new Set<number>()]));
  const shownPeople = pub.people.reduce<number>((s, v) => s + (v ?? 0), 0);
  const shownVisits = pub.people.reduce<number>((s, v, i) => s + (v ?? 0) * (BANDS[i] as number), 0);
  const peopleTotals = exact ? [pub.totalPeople] : candidatesBehind(pub.totalPeople, K);
  const visitTotals = new Set(exact ? [pub.totalVisits] : candidatesBehind(pub.totalVisits, K));
  for (const total of peopleTotals) {
    const rest = total - shownPeople;
    // every split of `rest` people over the hidden bands
    const split = (j: number, left: number, values: number[]): void => {
      if (j === hidden.length - 1) {
        const all = [...values, left];
        const visits = shownVisits + all.reduce((s, v, t) => s + v * (BANDS[hidden[t] as number] as number), 0);
        if (visitTotals.has(visits)) for (const [t, v] of all.entries()) out.get(hidden[t] as number)?.add(v);
        return;
      }
      for (let v = 0; v <= left; v += 1) split(j + 1, left - v, [...values, v]);
    };
    if (rest >= 0 && hidden.length > 0) split(0, rest, []);
  }
  return out;
}

function generate(next: () => number) {
  const counts = [integer(next, 1, K - 1), integer(next, K, 60), integer(next, K, 60)];
  const keys = counts.map((n) => keysOf(next, n));
  return { counts, keys };
}

function publish(counts: number[], keys: number[][], exactTotals: boolean): Published {
  const totalPeople = counts.reduce((a, b) => a + b, 0);
  const t = table({ band: ["1", "2", "3", "Total"], people: [...counts, totalPeople] });
  const protectedTable = publicTable(
    suppressSmallCells(t, { name: "bands", counts: ["people"], dimensions: ["band"] }).table,
  );
  const people = Array.from(protectedTable.array("people") as ArrayLike<number | null>).slice(0, 3);
  const allPeople = keys.flat();
  // one record key per visit: the visit's own key (here derived from the person's, shifted per visit)
  const visitKeys = keys.flatMap((ks, b) =>
    ks.flatMap((key) => Array.from({ length: b + 1 }, (_, v) => (key + 97 * v) % 256)),
  );
  const totalVisits = counts.reduce((s, n, b) => s + n * (b + 1), 0);
  return {
    people,
    totalPeople: exactTotals ? totalPeople : (perturbCount(allPeople, totalPeople, { k: K }) as number),
    totalVisits: exactTotals ? totalVisits : (perturbCount(visitKeys, totalVisits, { k: K }) as number),
  };
}

describe("attack: margins (people by visits, total people, total visits)", () => {
  it("control: with exact totals the hidden band is recovered", () => {
    const next = random(103);
    let recovered = 0;
    for (let run = 0; run < 200; run += 1) {
      const { counts, keys } = generate(next);
      const pub = publish(counts, keys, true);
      const sets = feasible(pub, true);
      if (sets.get(0)?.size === 1) recovered += 1;
    }
    expect(recovered).toBe(200);
  });

  it("with cell-key totals no count below k is ever pinned", () => {
    const next = random(203);
    for (let run = 0; run < 300; run += 1) {
      const { counts, keys } = generate(next);
      const pub = publish(counts, keys, false);
      for (const [band, values] of feasible(pub, false)) {
        const truth = counts[band] as number;
        expect(values.has(truth)).toBe(true);
        if (truth > 0 && truth < K) expect(values.size).toBeGreaterThan(1);
      }
    }
  });
});
