import { countDistinct, importKey, perturbCount, recordKeys, seededRandom } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;

/** A log with every kind of value a grouping column meets: texts, numbers (0 and -0, NaN, 1 and "1"), dates (as two objects of one day), null, undefined. */
function log(seed: number, rows: number) {
  const r = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)] as T;
  const sites = ["Lyon", "Vienne", "Givors", "1", "", null, undefined] as const;
  const numbers = [1, 0, -0, Number.NaN, 2.5, null] as const;
  const people = Array.from({ length: 40 }, (_, i) => `P${i}`);
  return table({
    person_id: Array.from({ length: rows }, () =>
      r() < 0.05 ? pick([null, undefined, " ", ""]) : r() < 0.1 ? ` ${pick(people)} ` : pick(people),
    ),
    site: Array.from({ length: rows }, () => pick(sites)),
    size: Array.from({ length: rows }, () => pick(numbers)),
    day: Array.from({ length: rows }, () =>
      r() < 0.1 ? null : new Date(Date.UTC(2025, 0, 1) + pick([0, 1, 2, 40]) * DAY),
    ),
  });
}

/**
 * The definition, written plainly: for each group (values told apart by type and text, dates by their
 * time, null and undefined as one), the set of its trimmed people; a margin is each column in turn
 * replaced by "Total". The cell key is the sum of the members' record keys modulo 256.
 */
/** A value as text, told apart by its type ("1" and 1 apart), dates by their time, null and undefined together. */
const sig = (v: unknown): string =>
  v instanceof Date ? `d${v.getTime()}` : v === null || v === undefined ? "n" : `${typeof v}:${String(v)}`;

function reference(t: ReturnType<typeof log>, by: string[], totals: boolean, keyOf?: (m: unknown) => number) {
  const groups = new Map<string, { values: unknown[]; members: Set<unknown> }>();
  const rows = t.objects() as Record<string, unknown>[];
  for (const row of rows) {
    const who = row.person_id;
    if (who === null || who === undefined || (typeof who === "string" && who.trim() === "")) continue;
    const member = typeof who === "string" ? who.trim() : who;
    for (let mask = 0; mask < (totals ? 1 << by.length : 1); mask++) {
      const values = by.map((c, j) => ((mask >> j) & 1 ? "Total" : row[c]));
      const key = values.map((v, j) => ((mask >> j) & 1 ? "T" : sig(v))).join("|");
      const group = groups.get(key) ?? { values, members: new Set() };
      group.members.add(member);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => ({
    key: g.values.map(sig).join("|"),
    n: g.members.size,
    cell: keyOf ? [...g.members].reduce((s: number, m) => (s + keyOf(m)) % 256, 0) : null,
  }));
}

describe("countDistinct on random logs", () => {
  it("gives the plain definition's counts for every grouping, with and without totals", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const t = log(seed, 400);
      for (const by of [[], ["site"], ["size"], ["day"], ["site", "day"], ["site", "size", "day"]]) {
        for (const totals of [false, true]) {
          const out = countDistinct(t, { by, person: "person_id", totals, k: 5, name: "random" });
          const got = (out.table.objects() as Record<string, unknown>[]).map((row) => ({
            key: by.map((c) => sig(row[c])).join("|"),
            status: row.n_status,
            n: row.n,
          }));
          const want = reference(t, by, totals);
          expect(got.length).toBe(want.length);
          const wanted = new Map(want.map((w) => [w.key, w.n]));
          for (const g of got) {
            const n = wanted.get(g.key);
            expect(n, `seed ${seed} by ${by.join(",")} group ${g.key}`).toBeDefined();
            // shown counts are exact; a count under k is never shown (others may be hidden as complements)
            if (g.status === "ok") expect(g.n).toBe(n);
            if ((n as number) < 5) expect(g.status).not.toBe("ok");
          }
          const missing = (t.array("person_id") as unknown[]).filter(
            (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""),
          ).length;
          expect(out.missingPerson).toBe(missing);
        }
      }
    }
  });

  it("gives the same counts when the groups are too many to number in an array, or in a double", () => {
    const r = seededRandom(7);
    const rows = 3_000;
    const col = (distinct: number) =>
      Array.from({ length: rows }, (_, i) => (i < distinct ? `v${i}` : `v${Math.floor(r() * distinct)}`));
    const t = table({
      person_id: Array.from({ length: rows }, () => `P${Math.floor(r() * 300)}`),
      a: col(1_100),
      b: col(1_100),
      c: col(500),
      d: col(500),
      e: col(500),
      f: col(500),
    });
    // 1,101² group numbers (past an array) and 501⁶ (past 2^53)
    for (const [by, totals] of [
      [["a", "b"], true],
      [["c", "d", "e", "f", "a", "b"], false],
    ] as const) {
      const out = countDistinct(t, { by: [...by], person: "person_id", totals, k: 5, name: "random" });
      const want = new Map(reference(t as ReturnType<typeof log>, [...by], totals).map((w) => [w.key, w.n]));
      const got = out.table.objects() as Record<string, unknown>[];
      expect(got.length).toBe(want.size);
      for (const row of got) {
        const n = want.get(by.map((c) => sig(row[c])).join("|"));
        expect(n).toBeDefined();
        if (row.n_status === "ok") expect(row.n).toBe(n);
      }
    }
  });

  it("sums each group's members' record keys once per member", async () => {
    const t = log(99, 600);
    const people = [...new Set((t.array("person_id") as unknown[]).map((v) => (typeof v === "string" ? v.trim() : v)))];
    const texts = people.filter((p): p is string => typeof p === "string" && p !== "");
    const keys = await recordKeys(
      texts,
      await importKey("3c5e7a9b1d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c"),
    );
    const keyOf = (m: unknown): number => keys.get(String(m)) ?? 0;
    const out = countDistinct(t, { by: ["site"], person: "person_id", k: 5, recordKey: keyOf, name: "random" });
    const want = reference(t, ["site"], false, keyOf);
    // a published count equals the exact one perturbed by its cell key: recompute it from the reference
    const rows = out.table.objects() as Record<string, unknown>[];
    let checked = 0;
    for (const row of rows) {
      if (row.n_status !== "ok") continue;
      const w = want.find((x) => x.key === sig(row.site));
      expect(w).toBeDefined();
      expect(row.n).toBe(perturbCount([w?.cell as number], w?.n as number, { k: 5 }));
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });
});
