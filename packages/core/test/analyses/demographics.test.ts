import { demographics } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { day, ids } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } };

// Département 69: p1..p5 women and p6..p10 men, aged 30, living alone.
// Département 2A: p11..p15 women and p16..p20 of unknown gender, born 15 June 1950 (74 on 1 January 2025),
// households of 7.
const register = aq.table({
  person_id: ids(1, 20),
  departement: [...Array(10).fill("69"), ...Array(10).fill("2A")],
  gender: [...Array(5).fill("female"), ...Array(5).fill("male"), ...Array(5).fill("female"), ...Array(5).fill(null)],
  age: [...Array(10).fill(30), ...Array(10).fill(null)],
  birth_date: [...Array(10).fill(null), ...Array(10).fill(day("1950-06-15"))],
  household_size: [...Array(10).fill(1), ...Array(10).fill(7)],
});

const find = (t: aq.ColumnTable, match: Record<string, unknown>): Record<string, unknown> | undefined =>
  (t.objects() as Record<string, unknown>[]).find((row) => Object.entries(match).every(([k, v]) => row[k] === v));

describe("demographics", () => {
  it("counts people by age band, gender and household size, by département with totals", () => {
    // every person of 69 is 25–34 and of 2A 65+: class disclosure, here flagged only (suppressed by default)
    const r = demographics(register, { by: "departement", asOf: day("2025-01-01"), diversity: "flag", ...internal });
    expect(r.warnings.filter((w) => w.code === "privacy.l_diversity").length).toBeGreaterThan(0);
    const hidden = demographics(register, { by: "departement", asOf: day("2025-01-01"), ...internal });
    expect(find(hidden.tables.age, { departement: "69", age_band: "25–34" })?.people_status).toBe("l-diversity");
    expect(find(r.tables.age, { departement: "69", age_band: "25–34" })?.people).toBe(10);
    expect(find(r.tables.age, { departement: "2A", age_band: "65+" })?.people).toBe(10);
    expect(find(r.tables.gender, { departement: "Total", gender: "female" })?.people).toBe(10);
    expect(find(r.tables.gender, { departement: "2A", gender: null })?.people).toBe(5);
    expect(find(r.tables.gender, { departement: "Total", gender: "Total" })?.people).toBe(20);
    expect(find(r.tables.household_size, { departement: "2A", household_size: "6+" })?.people).toBe(10);
    expect(find(r.tables.household_size, { departement: "69", household_size: "1" })?.people).toBe(10);
    expect(r.n).toBe(20);
    expect(r.suppressed).toEqual([]);
  });

  it("suppresses a small territory and a cell that would give it back", () => {
    const more = register.concat(
      aq.table({
        person_id: ["p21"],
        departement: ["2B"],
        gender: ["male"],
        age: [40],
        birth_date: [null],
        household_size: [2],
      }),
    );
    const r = demographics(more, { by: "departement", asOf: day("2025-01-01"), ...internal });
    const corsica = find(r.tables.gender, { departement: "2B", gender: "male" });
    expect(corsica?.people).toBeNull();
    expect(corsica?.people_status).toBe("primary");
    expect(r.suppressed.filter((s) => s.table === "gender" && s.rule === "complementary").length).toBeGreaterThan(0);
  });

  it("rejects age bands that do not increase", () => {
    expect(() => demographics(register, { ageBands: [30, 20] })).toThrow(
      "demographics: ageBands must be increasing positive ages",
    );
  });
});
