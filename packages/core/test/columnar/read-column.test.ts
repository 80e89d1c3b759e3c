import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { readColumn } from "../../src/columnar/read-column.js";

describe("readColumn", () => {
  it("gives the column itself when the table is neither filtered nor ordered", () => {
    const t = table({ hours: [2, 3, 1], site: ["Lyon", "Nice", "Lyon"] });
    expect(Array.from(readColumn(t, "hours"))).toEqual([2, 3, 1]);
    expect(readColumn(t, "site")).toBe(t.column("site"));
  });

  it("gives the rows in the table's order and filter otherwise", () => {
    const t = table({ hours: [2, 3, 1], site: ["Lyon", "Nice", "Lyon"] });
    expect(Array.from(readColumn(t.orderby("hours"), "hours"))).toEqual([1, 2, 3]);
    expect(
      Array.from(
        readColumn(
          t.filter((d: { site: string }) => d.site === "Lyon"),
          "hours",
        ),
      ),
    ).toEqual([2, 1]);
  });

  it("names a missing column", () => {
    expect(() => readColumn(table({ a: [1] }), "b")).toThrow(/no column named b/);
  });
});
