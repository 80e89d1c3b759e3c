import { publicFigure, publicStatus, publicSuppressed, publicTable, SuppressionRule } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("publicStatus and the public views", () => {
  it("gives one status to every rule", () => {
    for (const rule of Object.values(SuppressionRule)) expect(publicStatus(rule)).toBe("suppressed");
    expect(publicStatus("ok")).toBe("ok");
    expect(publicStatus(undefined)).toBe("suppressed");
  });
  it("rewrites every status column of a table and nulls hidden cells", () => {
    const t = table({
      site: ["A", "B"],
      n: [7, 40],
      n_status: ["primary", "ok"],
      h: [3, 5],
      h_status: ["ok", "dominance"],
    });
    expect(publicTable(t).objects()).toEqual([
      { site: "A", n: null, n_status: "suppressed", h: 3, h_status: "ok" },
      { site: "B", n: 40, n_status: "ok", h: null, h_status: "suppressed" },
    ]);
  });
  it("drops the rule from figures and from lists of suppressed cells", () => {
    expect(publicFigure({ value: 12, status: "min-contributors" })).toEqual({ value: null, status: "suppressed" });
    expect(publicFigure({ value: 12, status: "ok" })).toEqual({ value: 12, status: "ok" });
    const listed = publicSuppressed([{ table: "t", row: 1, column: "n", rule: "complementary", k: 10 }]);
    expect(listed).toEqual([{ table: "t", row: 1, column: "n", status: "suppressed" }]);
    expect(JSON.stringify(listed)).not.toMatch(/complementary|primary|dominance/);
  });
});
