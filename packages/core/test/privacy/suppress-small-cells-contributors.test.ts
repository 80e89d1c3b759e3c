import { suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("suppressSmallCells: minimum contributors and organisations", () => {
  it("hides a sum of fewer than 3 people, then protects it from the total", () => {
    // Driver 10.5 h from 2 volunteers; Reception 40 h from 6; Sorting 30 h from 5; Total 80.5 h from 13
    const t = table({
      activity: ["Driver", "Reception", "Sorting", "Total"],
      hours: [10.5, 40, 30, 80.5],
      people: [2, 6, 5, 13],
      largest: [8, 10, 8, 10],
    });
    const out = suppressSmallCells(t, {
      name: "hours",
      dimensions: ["activity"],
      sums: { hours: "largest" },
      contributors: { hours: "people" },
    });
    const rows = out.table.objects() as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ hours: null, hours_status: "min-contributors" });
    // a lone hidden cell in a line with a total: the smallest other one goes too
    expect(rows[2]).toMatchObject({ hours: null, hours_status: "complementary" });
    expect(rows[1]).toMatchObject({ hours: 40, hours_status: "ok" });
    expect(out.table.columnNames()).not.toContain("people");
    expect(out.table.columnNames()).not.toContain("largest");
  });
  it("publishes counts of organisations as they are, unless asked", () => {
    const t = table({ kind: ["sport", "culture", "Total"], groups: [3, 12, 15] });
    const kept = suppressSmallCells(t, { name: "groups", dimensions: ["kind"], organisations: ["groups"] });
    expect(kept.table.array("groups")).toEqual([3, 12, 15]);
    expect(kept.suppressed).toEqual([]);
    const hidden = suppressSmallCells(t, {
      name: "groups",
      dimensions: ["kind"],
      organisations: ["groups"],
      suppressOrganisations: true,
    });
    expect(hidden.table.get("groups_status", 0)).toBe("primary");
  });
});
