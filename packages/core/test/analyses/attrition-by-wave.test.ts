import { attritionByWave } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// 20 people per arm with a baseline. Wave 1: 15 of "Accompagné" and 11 of "Témoin" followed up;
// wave 2: 16 and 17. Missing shares 5/20 and 9/20 at wave 1 (a 20-point gap), 4/20 and 3/20 at wave 2.
function outcomes(): aq.ColumnTable {
  const rows: Record<string, unknown>[] = [];
  const arm = (name: string, prefix: string, wave1: number, wave2: number) => {
    for (let i = 0; i < 20; i++) {
      rows.push({
        person_id: `${prefix}${i}`,
        arm: name,
        baseline_value: 40,
        followup_wave: "1",
        followup_value: i < wave1 ? 42 : null,
      });
      rows.push({
        person_id: `${prefix}${i}`,
        arm: name,
        baseline_value: 40,
        followup_wave: "2",
        followup_value: i < wave2 ? 44 : null,
      });
    }
  };
  arm("Accompagné", "P", 15, 16);
  arm("Témoin", "C", 11, 17);
  return aq.from(rows);
}

// R 4.2: prop.test(5, 20, correct = FALSE)$conf.int   # 0.111861701407666 0.468700877618744
//        prop.test(9, 20, correct = FALSE)$conf.int   # 0.258197858255624 0.657914657549658
// Newcombe's hybrid score interval of 5/20 − 9/20 (SciPy snippet of test/stats/newcombe-interval.test.ts):
//        newc(5, 20, 9, 20)   # -0.2, -0.4496211015959515, 0.0908919652533195
describe("attritionByWave", () => {
  const r = attritionByWave(outcomes(), internal);

  it("counts enrolled, followed up and missing per arm and wave, with Wilson intervals", () => {
    const t = r.tables.attrition.objects() as Record<string, unknown>[];
    expect(t.map((x) => [x.arm, x.wave, x.enrolled, x.followed_up, x.missing])).toEqual([
      ["Accompagné", "1", 20, 15, 5],
      ["Accompagné", "2", 20, 16, 4],
      ["Témoin", "1", 20, 11, 9],
      ["Témoin", "2", 20, 17, 3],
    ]);
    const p1 = t[0] as Record<string, number>;
    expect(p1.missing_share).toBe(0.25);
    expect(p1.lower).toBeCloseTo(0.111861701407666, 12);
    expect(p1.upper).toBeCloseTo(0.468700877618744, 12);
    const c1 = t[2] as Record<string, number>;
    expect(c1.lower).toBeCloseTo(0.258197858255624, 12);
    expect(c1.upper).toBeCloseTo(0.657914657549658, 12);
    expect(r.n).toBe(40);
  });

  it("flags the wave where missingness differs between arms by the stated rule (10 points)", () => {
    const d = r.tables.differential.objects() as Record<string, unknown>[];
    expect(d.map((x) => [x.wave, x.arm_a, x.arm_b, x.flagged])).toEqual([
      ["1", "Accompagné", "Témoin", true],
      ["2", "Accompagné", "Témoin", false],
    ]);
    const w1 = d[0] as Record<string, number>;
    expect(w1.difference).toBeCloseTo(-0.2, 14);
    expect(w1.lower).toBeCloseTo(-0.4496211015959515, 12);
    expect(w1.upper).toBeCloseTo(0.0908919652533195, 12);
    const flags = r.warnings.filter((w) => w.code === "analyses.differential_attrition");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.params).toMatchObject({ wave: "1", share_a: "25 %", share_b: "45 %", gap: 20, threshold: 10 });
    expect(r.parameters.maxDifferential).toBe(0.1);
    // a looser rule flags nothing
    const loose = attritionByWave(outcomes(), { ...internal, maxDifferential: 0.25 });
    expect(loose.tables.differential.array("flagged")).toEqual([false, false]);
    expect(() => attritionByWave(outcomes(), { maxDifferential: 2 })).toThrow(/maxDifferential/);
  });
});
