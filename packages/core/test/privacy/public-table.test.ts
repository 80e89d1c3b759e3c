import { publicTable } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("publicTable", () => {
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
});
