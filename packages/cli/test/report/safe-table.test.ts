import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { safeTable } from "../../src/report/safe-table.js";

describe("safeTable", () => {
  it("replaces unsafe characters in text cells and names, counts the cells, keeps rows and other values", () => {
    const t = table({ service: ["Food\u2028parcel", "Advice", null], n: [1, 2, 3], "a\u001bb": ["x", "y\u0000", "z"] });
    const out = safeTable(t);
    expect(out.changed).toBe(2);
    expect(out.table.objects()).toEqual([
      { service: "Food parcel", n: 1, "a\u241bb": "x" },
      { service: "Advice", n: 2, "a\u241bb": "y\u2400" },
      { service: null, n: 3, "a\u241bb": "z" },
    ]);
    const clean = table({ a: ["x"] });
    expect(safeTable(clean)).toEqual({ table: clean, changed: 0 });
  });
});
