import { applyPersonIds } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

describe("applyPersonIds", () => {
  it("replaces mapped identifiers and keeps the others, empty cells and the other columns", () => {
    const visits = aq.table({ person_id: ["B10004", "B00007", null, "B10004"], n: [1, 2, 3, 4] });
    const out = applyPersonIds(visits, { B10004: "B00004" });
    expect(out.cells).toBe(2);
    expect(out.table.objects()).toEqual([
      { person_id: "B00004", n: 1 },
      { person_id: "B00007", n: 2 },
      { person_id: null, n: 3 },
      { person_id: "B00004", n: 4 },
    ]);
  });

  it("returns the same table when there is nothing to replace", () => {
    const t = aq.table({ id: ["a"] });
    expect(applyPersonIds(t, { a: "b" }).table).toBe(t);
    expect(applyPersonIds(t, { x: "y" }, "id").table).toBe(t);
    expect(applyPersonIds(t, { a: "b" }, "id").table.array("id")).toEqual(["b"]);
  });
});
