// Catalogue entry 41: a group of 3 people (programme X, women 60+, site Y) is shown as suppressed,
// with no value, bar or JSON field revealing 3 (I3); the other cells keep their counts and the sum of
// published cells never lets one subtract its way back to the 3 (complementary suppression).
import { suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("41. a report cell of 3 people", () => {
  it("is suppressed, with a complementary cell, and 3 appears nowhere in the output", () => {
    const cells = table({ site: ["Y", "Z", "W"], n: [3, 25, 40] });
    const out = suppressSmallCells(cells, { name: "sites", counts: ["n"], dimensions: ["site"] });
    const rows = out.table.objects() as { site: string; n: number | null; n_status: string }[];
    expect(rows.find((r) => r.site === "Y")).toMatchObject({ n: null, n_status: "primary" });
    // the next smallest cell is hidden too, so a published total minus the rest cannot give 3
    expect(rows.filter((r) => r.n === null).length).toBeGreaterThanOrEqual(2);
    // I3: the JSON of the output holds no 3 as a value
    expect(JSON.stringify(rows)).not.toMatch(/"n":3\b/);
    // rows kept (every cell is listed, with its status)
    expect(rows.length).toBe(3);
  });
});
