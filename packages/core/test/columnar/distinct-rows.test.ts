import { distinctRows, encodeColumn } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { randomColumn, seeded } from "./random-table.js";

/** The row numbers arquero's own dedupe keeps, in order. */
function arqueroKept(columns: Record<string, unknown[]>): number[] {
  const n = (Object.values(columns)[0] ?? []).length;
  const t = aq.table({ ...columns, _row: Array.from({ length: n }, (_, i) => i) });
  return t.dedupe(Object.keys(columns)).array("_row") as number[];
}

describe("distinctRows", () => {
  it("keeps the first row of each combination, in order (hand-checked)", () => {
    // rows 2 and 4 repeat rows 0 and 1 once cleaned; row 3 differs by its hours; row 5 by a null
    const who = encodeColumn(["000017", "000042", "000017", "000017", "000042", null, null]);
    const day = encodeColumn([
      new Date(Date.UTC(2024, 0, 5)),
      19_727,
      new Date(Date.UTC(2024, 0, 5)),
      19_727,
      19_727,
      1,
      1,
    ]);
    const hours = encodeColumn([2.5, 3, 2.5, 3, 3, 3, 3]);
    expect(Array.from(distinctRows([who, day, hours]))).toEqual([0, 1, 3, 5]);
    expect(Array.from(distinctRows([who]))).toEqual([0, 1, 5]);
    expect(Array.from(distinctRows([hours], { rows: [6, 5, 4, 0, 2] }))).toEqual([6, 0]);
  });

  it("rejects no column and columns of different lengths", () => {
    expect(() => distinctRows([])).toThrow("distinctRows: needs at least one column");
    expect(() => distinctRows([encodeColumn([1, 2]), encodeColumn([1])])).toThrow(/equal length/);
  });

  it("keeps the rows arquero's dedupe keeps, on random tables", () => {
    const random = seeded(2026);
    const shapes: { n: number; cards: number[] }[] = [
      { n: 50, cards: [3, 3] },
      { n: 5000, cards: [40, 30, 20, 6, 5] }, // few duplicates of many kinds
      { n: 20_000, cards: [2, 3, 2, 2] }, // mostly duplicates
      { n: 30_000, cards: [30_000, 30_000, 30_000, 30_000] }, // many partitions, keys past 2^53 folded twice
    ];
    const kinds = ["text", "number", "date", "mixed"] as const;
    for (const { n, cards } of shapes) {
      const columns: Record<string, unknown[]> = {};
      cards.forEach((card, k) => {
        columns[`c${k}`] = randomColumn(random, kinds[k % kinds.length] as (typeof kinds)[number], n, card);
      });
      const kept = distinctRows(Object.values(columns).map((values) => encodeColumn(values)));
      expect(Array.from(kept)).toEqual(arqueroKept(columns));
    }
  });
});
