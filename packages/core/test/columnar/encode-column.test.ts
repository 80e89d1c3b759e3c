import { encodeColumn } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { plain, randomColumn, seeded } from "./random-table.js";

describe("encodeColumn", () => {
  it("numbers values in order of first appearance, with arquero's notion of the same value", () => {
    const d1 = new Date(Date.UTC(2024, 3, 1));
    const d1again = new Date(Date.UTC(2024, 3, 1));
    const values = ["1", 1, -0, 0, Number.NaN, Number.NaN, null, undefined, null, d1, d1again, "", "1"];
    const e = encodeColumn(values);
    // hand-checked: "1" | 1 | -0 = 0 | NaN | null | undefined | the two equal dates | ""
    expect(Array.from(e.codes)).toEqual([0, 1, 2, 2, 3, 3, 4, 5, 4, 6, 6, 7, 0]);
    expect(e.dictionary.length).toBe(8);
    expect(Object.is(e.dictionary[2], -0)).toBe(true);
    expect(e.dictionary[6]).toBe(d1);
  });

  it("keeps texts that look like numbers or object keys as they are", () => {
    const e = encodeColumn(["007", "7", "__proto__", "constructor", "7", "007", "__proto__"]);
    expect(Array.from(e.codes)).toEqual([0, 1, 2, 3, 1, 0, 2]);
    expect(e.dictionary).toEqual(["007", "7", "__proto__", "constructor"]);
  });

  it("reads a table's column in the table's current order and filter", () => {
    const t = aq.table({ site: ["Nice", "Lyon", "Nice", "Pau"], n: [4, 3, 2, 1] });
    expect(encodeColumn(t, "site").dictionary).toEqual(["Nice", "Lyon", "Pau"]);
    const view = t.filter((d: { n: number }) => d.n < 4).orderby("n");
    const e = encodeColumn(view, "site");
    expect(e.codes.length).toBe(3);
    expect(Array.from(e.codes, (c) => e.dictionary[c])).toEqual(view.array("site"));
  });

  it("rejects a column the table does not have", () => {
    expect(() => encodeColumn(aq.table({ a: [1] }), "b")).toThrow("encodeColumn: needs a column named b");
  });

  it("puts two rows on one code exactly when arquero's groupby puts them in one group", () => {
    const random = seeded(7);
    for (const kind of ["text", "number", "date", "mixed"] as const) {
      const values = randomColumn(random, kind, 3000, 400);
      const e = encodeColumn(values);
      const groups = aq.table({ v: values, i: values.map((_, i) => i) }).groupby("v");
      const keys = (groups.groups() as { keys: Uint32Array }).keys;
      // same partition of the rows: a code ↔ group bijection
      const codeOfGroup = new Map<number, number>();
      for (let i = 0; i < values.length; i++) {
        const g = keys[i] as number;
        if (!codeOfGroup.has(g)) codeOfGroup.set(g, e.codes[i] as number);
        expect(e.codes[i]).toBe(codeOfGroup.get(g));
      }
      expect(new Set(codeOfGroup.values()).size).toBe(codeOfGroup.size);
      expect(e.dictionary.length).toBe(codeOfGroup.size);
      // each code's value is the column's value at one of its rows
      for (let i = 0; i < values.length; i++)
        expect(plain(e.dictionary[e.codes[i] as number])).toEqual(plain(values[i]));
    }
  });
});
