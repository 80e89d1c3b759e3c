import { DEFAULT_EXIT_CATEGORIES, positiveExits } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// Exit situations recorded at wave 3 ("12 mois"), as typed in a register (variants on purpose).
const programme = [
  ...Array(6).fill("Emploi"),
  "CDI/CDD",
  "En formation",
  "en Formation ",
  "Relogé",
  "Sans emploi",
  "Sans emploi",
  ...Array(3).fill("Sans solution"),
  null,
];
const control = [...Array(5).fill("Emploi"), "Formation", ...Array(9).fill("Sans solution"), null, null];

function outcomes(): aq.ColumnTable {
  const rows: Record<string, unknown>[] = [];
  const add = (arm: string, prefix: string, exits: (string | null)[]) =>
    exits.forEach((exit, i) => {
      rows.push({ person_id: `${prefix}${i}`, arm, followup_wave: "12 mois", outcome: null });
      rows.push({ person_id: `${prefix}${i}`, arm, followup_wave: "3 mois", outcome: null });
      if (exit !== null) rows.push({ person_id: `${prefix}${i}`, arm, followup_wave: "12 mois", outcome: exit });
    });
  add("Accompagné", "P", programme);
  add("Témoin", "C", control);
  return aq.from(rows);
}

// R 4.2: prop.test(10, 15, correct = FALSE)$conf.int   # 0.417135477385198 0.848236755602853
//        prop.test(6, 15, correct = FALSE)$conf.int    # 0.198244961413416 0.642531698793754
// Newcombe's hybrid score interval (SciPy snippet of test/stats/newcombe-interval.test.ts):
//        newc(10, 15, 6, 15)   # 0.2666666666666666, -0.08130953847386946, 0.5380939917306118
describe("positiveExits", () => {
  const r = positiveExits(outcomes(), internal);

  it("counts job, training and housing exits per arm and wave, with Wilson intervals (R prop.test)", () => {
    const exits = r.tables.exits.objects() as Record<string, unknown>[];
    expect(exits.map((x) => [x.arm, x.wave, x.enrolled, x.recorded, x.positive])).toEqual([
      ["Accompagné", "12 mois", 16, 15, 10],
      ["Témoin", "12 mois", 17, 15, 6],
    ]);
    const [a, b] = exits as Record<string, number>[];
    expect(a?.rate).toBeCloseTo(10 / 15, 14);
    expect(a?.lower).toBeCloseTo(0.417135477385198, 12);
    expect(a?.upper).toBeCloseTo(0.848236755602853, 12);
    expect(b?.lower).toBeCloseTo(0.198244961413416, 12);
    expect(b?.upper).toBeCloseTo(0.642531698793754, 12);
    expect(a?.small_n).toBe(true);
    expect(r.n).toBe(30);
  });

  it("reads label variants and negations: CDI/CDD is a job, 'Sans emploi' is not", () => {
    const cats = (r.tables.by_category.objects() as Record<string, unknown>[]).filter((x) => x.arm === "Accompagné");
    // job 7 (6 + CDI/CDD), training 2 and housing 1 are below k = 5: hidden; other 5 (2 sans emploi + 3 sans solution)
    expect(cats.map((x) => [x.category, x.people])).toEqual([
      ["job", 7],
      ["training", null],
      ["housing", null],
      ["other", 5],
    ]);
  });

  it("gives the Newcombe interval of the difference programme − control", () => {
    const c = r.tables.comparison.objects()[0] as Record<string, unknown>;
    expect(c).toMatchObject({ wave: "12 mois", arm_a: "Accompagné", arm_b: "Témoin", n_a: 15, n_b: 15 });
    expect(c.difference).toBeCloseTo(0.2666666666666666, 14);
    expect(c.lower).toBeCloseTo(-0.08130953847386946, 12);
    expect(c.upper).toBeCloseTo(0.5380939917306118, 12);
  });

  it("takes configured categories", () => {
    expect(Object.keys(DEFAULT_EXIT_CATEGORIES)).toEqual(["job", "training", "housing"]);
    const jobs = positiveExits(outcomes(), { ...internal, categories: { job: DEFAULT_EXIT_CATEGORIES.job ?? [] } });
    expect(jobs.tables.exits.array("positive")).toEqual([7, 5]);
    expect(() => positiveExits(outcomes(), { categories: {} })).toThrow(/categories/);
  });
});
