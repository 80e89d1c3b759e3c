import { countDistinct } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

/** 30 people at Lyon (some twice), 3 at Vienne, 12 at Givors, plus 2 rows without a person. */
function log() {
  const person: (string | null)[] = [];
  const site: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    person.push(`P${i}`);
    site.push("Lyon");
  }
  for (let i = 0; i < 10; i += 1) {
    person.push(`P${i}`);
    site.push("Lyon");
  }
  for (let i = 30; i < 33; i += 1) {
    person.push(`P${i}`);
    site.push("Vienne");
  }
  for (let i = 0; i < 12; i += 1) {
    person.push(`P${100 + i}`);
    site.push("Givors");
  }
  person.push(null, " ");
  site.push("Lyon", "Lyon");
  return table({ person_id: person, site });
}

describe("countDistinct", () => {
  it("counts distinct people per group, protected", () => {
    const out = countDistinct(log(), { by: ["site"], person: "person_id", name: "sites" });
    expect(out.table.objects()).toEqual([
      { site: "Givors", n: null, n_status: "complementary" },
      { site: "Lyon", n: 30, n_status: "ok" },
      { site: "Vienne", n: null, n_status: "primary" },
    ]);
    expect(out.missingPerson).toBe(2);
    expect(out.suppressed.map((c) => c.rule)).toEqual(["complementary", "primary"]);
  });

  it("adds a total row counting each person once", () => {
    const out = countDistinct(log(), {
      by: ["site"],
      person: "person_id",
      name: "sites",
      totals: true,
      profile: "internal",
    });
    expect(out.table.objects()).toEqual([
      { site: "Givors", n: null, n_status: "complementary" },
      { site: "Lyon", n: 30, n_status: "ok" },
      { site: "Vienne", n: null, n_status: "primary" },
      { site: "Total", n: 45, n_status: "ok" },
    ]);
  });

  it("counts rows when no person column is given", () => {
    const out = countDistinct(log(), { by: [], name: "all" });
    expect(out.table.objects()).toEqual([{ n: 57, n_status: "ok" }]);
  });
});
