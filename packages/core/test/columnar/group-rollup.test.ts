import { encodeColumn, groupRollup, recodeColumn, yearMonth } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { plain, randomColumn, seeded } from "./random-table.js";

describe("groupRollup", () => {
  it("gives rows, sums and distinct people by month and activity (hand-checked)", () => {
    const day = [
      new Date(Date.UTC(2024, 0, 3)),
      new Date(Date.UTC(2024, 0, 20)),
      new Date(Date.UTC(2024, 1, 1)),
      new Date(Date.UTC(2024, 0, 3)),
      new Date(Date.UTC(2024, 1, 9)),
      new Date(Date.UTC(2024, 0, 31)),
    ];
    const month = recodeColumn(encodeColumn(day), yearMonth);
    const activity = encodeColumn(["Accueil", "Accueil", "Tri", "Accueil", "Tri", null]);
    const who = encodeColumn(["a", "b", "a", "a", null, "c"]);
    const hours = encodeColumn([2, 1.5, 3, null, 4, 0.5]);
    const t = groupRollup(
      { month, activity },
      {
        rows: { op: "count" },
        hours: { op: "sum", column: hours },
        filled: { op: "valid", column: hours },
        people: { op: "distinct", column: who },
      },
    );
    // January / Accueil: rows 0, 1, 3: 2 + 1.5 (row 3 has no hours), people a, b
    // February / Tri: rows 2, 4: 3 + 4, people a (row 4 has nobody)
    // January / none: row 5
    expect(t.objects()).toEqual([
      { month: "2024-01", activity: "Accueil", rows: 3, hours: 3.5, filled: 2, people: 2 },
      { month: "2024-02", activity: "Tri", rows: 2, hours: 7, filled: 2, people: 1 },
      { month: "2024-01", activity: null, rows: 1, hours: 0.5, filled: 1, people: 1 },
    ]);
    // by person, known people only, after dropping row 0
    expect(
      groupRollup({ who }, { rows: { op: "count" } }, { rows: [1, 2, 3, 4, 5], dropMissing: true }).objects(),
    ).toEqual([
      { who: "b", rows: 1 },
      { who: "a", rows: 2 },
      { who: "c", rows: 1 },
    ]);
    // no key: one group of every row; a sum with no value is null
    expect(
      groupRollup({}, { rows: { op: "count" }, none: { op: "sum", column: [null, Number.NaN] } }).objects(),
    ).toEqual([{ rows: 2, none: null }]);
  });

  it("rejects columns of different lengths", () => {
    expect(() => groupRollup({ a: encodeColumn([1, 2]) }, { s: { op: "sum", column: [1] } })).toThrow(/equal length/);
  });

  it("agrees with arquero's groupby and rollup on random tables", () => {
    const random = seeded(20);
    const shapes = [
      { n: 40, keys: [3], people: 5 },
      { n: 6000, keys: [12, 8], people: 300 }, // direct table, bit set of pairs
      { n: 6000, keys: [700, 700], people: 50 }, // hash table of groups
      { n: 40_000, keys: [20_000], people: 20_000 }, // pairs past the bit set (2^27 bits)
    ];
    for (const { n, keys, people } of shapes) {
      const keyValues = keys.map((card, k) => randomColumn(random, k % 2 === 0 ? "text" : "date", n, card));
      const who = randomColumn(random, "mixed", n, people);
      const hours = randomColumn(random, "number", n, 30);
      // a sum over texts that look like numbers, added as +value
      const texts = randomColumn(random, "text", n, 20);
      const names = keys.map((_, k) => `k${k}`);
      const columns: Record<string, unknown[]> = { who, hours, texts };
      names.forEach((name, k) => {
        columns[name] = keyValues[k] as unknown[];
      });
      const t = aq.table(columns);
      const selection = Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.8);
      for (const dropMissing of [false, true]) {
        let view = t.reify(selection);
        // missing: null, undefined, NaN, an invalid date
        const present = (v: unknown): boolean =>
          v != null && !(typeof v === "number" && Number.isNaN(v)) && !(v instanceof Date && Number.isNaN(+v));
        if (dropMissing)
          view = view.filter(aq.escape((d: Record<string, unknown>) => names.every((k) => present(d[k])))).reify();
        const truth = view
          .groupby(names)
          .rollup({
            rows: aq.op.count(),
            hours: aq.op.sum("hours"),
            filled: aq.op.valid("hours"),
            texts: aq.op.sum("texts"),
            people: aq.op.distinct("who"),
            missing: aq.op.invalid("who"),
          })
          .objects() as Record<string, unknown>[];
        const encodedKeys = Object.fromEntries(names.map((name) => [name, encodeColumn(columns[name] as unknown[])]));
        const ours = groupRollup(
          encodedKeys,
          {
            rows: { op: "count" },
            hours: { op: "sum", column: encodeColumn(hours) },
            filled: { op: "valid", column: hours },
            texts: { op: "sum", column: texts },
            people: { op: "distinct", column: encodeColumn(who) },
          },
          { rows: selection, dropMissing },
        ).objects() as Record<string, unknown>[];
        expect(ours.length).toBe(truth.length);
        ours.forEach((row, g) => {
          const want = truth[g] as Record<string, unknown>;
          for (const name of names) expect(plain(row[name])).toEqual(plain(want[name]));
          expect(row.rows).toBe(want.rows);
          expect(row.filled).toBe(want.filled);
          // the same additions in the same order: equal to the last bit
          expect(row.hours).toBe(want.hours ?? null);
          expect(row.texts).toBe(want.texts ?? null);
          // arquero's distinct counts the missing values as one more
          expect(row.people).toBe((want.people as number) - ((want.missing as number) > 0 ? 1 : 0));
        });
      }
    }
  });
});
