import { outcomeChange } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// Programme arm "Accompagné" (8 people) and control arm "Témoin" (7), baseline and waves 1 and 2 (null: no follow-up).
const pb = [40, 45, 38, 50, 42, 47, 39, 44];
const p1 = [43, 47, 41, 52, 46, null, 42, 45];
const p2 = [46, 50, null, 55, 48, null, 44, 49];
const cb = [41, 44, 46, 39, 48, 43, 40];
const c1 = [42, 43, 47, 41, 47, 44, null];
const c2 = [43, null, 46, 42, null, 45, null];

function outcomes(): aq.ColumnTable {
  const rows: Record<string, unknown>[] = [];
  const add = (arm: string, prefix: string, b: number[], w1: (number | null)[], w2: (number | null)[]) =>
    b.forEach((baseline, i) => {
      for (const [wave, values, month] of [
        ["1", w1, "04"],
        ["2", w2, "10"],
      ] as const) {
        rows.push({
          person_id: `${prefix}${i}`,
          measure: "Bien-être (WEMWBS)",
          baseline_value: baseline,
          baseline_date: new Date("2024-01-10T00:00:00Z"),
          followup_value: values[i] ?? null,
          followup_date: values[i] === null ? null : new Date(`2024-${month}-10T00:00:00Z`),
          followup_wave: wave,
          arm,
        });
      }
    });
  add("Accompagné", "P", pb, p1, p2);
  add("Témoin", "C", cb, c1, c2);
  return aq.from(rows);
}

// R 4.2:
// > pb <- c(40,45,38,50,42,47,39,44); p1 <- c(43,47,41,52,46,NA,42,45); p2 <- c(46,50,NA,55,48,NA,44,49)
// > cb <- c(41,44,46,39,48,43,40);    c1 <- c(42,43,47,41,47,44,NA);    c2 <- c(43,NA,46,42,NA,45,NA)
// > f <- function(b, a) { ok <- !is.na(a); t <- t.test(a[ok], b[ok], paired=TRUE)
// +   c(sum(ok), t$estimate, t$conf.int, t$statistic, t$parameter, t$p.value) }
// > rbind(f(pb,p1), f(pb,p2), f(cb,c1), f(cb,c2))
// > w <- function(b1,a1,b2,a2) { d1 <- (a1-b1)[!is.na(a1)]; d2 <- (a2-b2)[!is.na(a2)]; t <- t.test(d1, d2)
// +   sp <- sqrt(((length(d1)-1)*var(d1)+(length(d2)-1)*var(d2))/(length(d1)+length(d2)-2))
// +   c(t$estimate[1]-t$estimate[2], t$conf.int, t$p.value, (mean(d1)-mean(d2))/sp) }
// > rbind(w(pb,p1,cb,c1), w(pb,p2,cb,c2))
const R_PAIRED = {
  "Accompagné|1": [7, 2.57142857142857, 1.668871538178855, 3.47398560467829, 6.97137002317335, 6, 4.33001632438696e-4],
  "Accompagné|2": [6, 5.33333333333333, 4.791407099168843, 5.87525956749782, 25.29822128134703, 5, 1.80140237224994e-6],
  "Témoin|1": [6, 0.5, -0.785290917818157, 1.78529091781816, 1, 5, 3.63217467649123e-1],
};
const R_WELCH_WAVE1 = [2.07142857142857, 0.678385983307261, 3.46447115954988, 0.00804317404717928, 1.88992451484568];

describe("outcomeChange", () => {
  const r = outcomeChange(outcomes(), internal);
  const change = r.tables.change.objects() as Record<string, unknown>[];

  it("gives the change per arm and wave as R t.test(paired = TRUE), never pooling arms or waves", () => {
    expect(change).toHaveLength(4);
    for (const [key, [n, estimate, lower, upper, t, df, p]] of Object.entries(R_PAIRED)) {
      const [arm, wave] = key.split("|");
      const row = change.find((x) => x.arm === arm && x.wave === wave) as Record<string, number>;
      expect(row.n).toBe(n);
      expect(row.change).toBeCloseTo(estimate as number, 12);
      expect(row.lower).toBeCloseTo(lower as number, 10);
      expect(row.upper).toBeCloseTo(upper as number, 10);
      expect(row.t).toBeCloseTo(t as number, 10);
      expect(row.df).toBe(df);
      expect(row.p_value).toBeCloseTo(p as number, 12);
    }
    const programme1 = change.find((x) => x.arm === "Accompagné" && x.wave === "1") as Record<string, unknown>;
    expect(programme1.enrolled).toBe(8);
    expect(programme1.horizon_months).toBe(3);
    expect(programme1.direction).toBe("higher");
    expect(programme1.reading).toBe("improved");
    expect(programme1.small_n).toBe(true);
    // d_z = mean / sd of the changes, with its bootstrap interval around it
    const d = [3, 2, 3, 2, 4, 3, 1];
    const m = d.reduce((a, b) => a + b, 0) / d.length;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - m) ** 2, 0) / (d.length - 1));
    expect(programme1.dz).toBeCloseTo(m / sd, 12);
    expect(programme1.dz_lower as number).toBeLessThan(m / sd);
    expect(programme1.dz_upper as number).toBeGreaterThan(m / sd);
    // a resample of seven identical changes has sd 0: P = (3/7)^7 + (2/7)^7 + 2 (1/7)^7 ≈ 0.0029, about 6 of 2000,
    // counted and left out, well below the 5 % at which the interval would be refused
    expect(programme1.dz_unusable as number).toBeGreaterThan(0);
    expect(programme1.dz_unusable as number).toBeLessThan(20);
    expect(programme1.refusal).toBeNull();
    // 4 control people at wave 2: below k = 5, every statistic hidden
    const control2 = change.find((x) => x.arm === "Témoin" && x.wave === "2") as Record<string, unknown>;
    expect(control2.n).toBeNull();
    expect(control2.change).toBeNull();
    expect(control2.change_status).toBe("small-base");
    expect(r.tables.headline.get("reading", 0)).toBe("improved");
  });

  it("compares the programme with the control arm per wave as R t.test(x, y) (Welch) with Cohen's d", () => {
    const arms = r.tables.arms.objects() as Record<string, unknown>[];
    const w1 = arms.find((x) => x.wave === "1") as Record<string, number>;
    expect([w1.arm_a, w1.arm_b]).toEqual(["Accompagné", "Témoin"]);
    expect(w1.difference).toBeCloseTo(R_WELCH_WAVE1[0] as number, 12);
    expect(w1.lower).toBeCloseTo(R_WELCH_WAVE1[1] as number, 8);
    expect(w1.upper).toBeCloseTo(R_WELCH_WAVE1[2] as number, 8);
    expect(w1.p_value).toBeCloseTo(R_WELCH_WAVE1[3] as number, 8);
    expect(w1.cohens_d).toBeCloseTo(R_WELCH_WAVE1[4] as number, 12);
    // wave 2 rests on 4 control people: hidden
    const w2 = arms.find((x) => x.wave === "2") as Record<string, unknown>;
    expect(w2.difference).toBeNull();
  });

  it("headlines the programme arm at the main horizon with the control arm beside it", () => {
    // horizons from the dates: 3 months (January to April), 9 months (January to October); 12 is nearest 9
    expect(r.parameters.horizons).toEqual({ "1": 3, "2": 9 });
    const head = r.tables.headline.objects()[0] as Record<string, unknown>;
    expect(head).toMatchObject({ arm: "Accompagné", wave: "2", horizon_months: 9, n: 6, control_arm: "Témoin" });
    expect(head.change).toBeCloseTo(R_PAIRED["Accompagné|2"][1] as number, 12);
    expect(head.control_change).toBeNull(); // 4 people: hidden
    const at3 = outcomeChange(outcomes(), { ...internal, mainWave: "1" }).tables.headline.objects()[0] as Record<
      string,
      unknown
    >;
    expect(at3).toMatchObject({ wave: "1", n: 7, control_n: 6 });
    expect(at3.control_change).toBeCloseTo(0.5, 12);
    expect(at3.difference).toBeCloseTo(R_WELCH_WAVE1[0] as number, 12);
  });

  it("refuses a headline when no arm can be told to be the programme (never a pool)", () => {
    const t = outcomes().derive({ arm: (d: { arm: string }) => (d.arm === "Témoin" ? "B" : "A") });
    const res = outcomeChange(t, internal);
    expect(res.tables.headline.get("refusal", 0)).toBe("no-programme-arm");
    expect(res.tables.headline.get("change", 0)).toBeNull();
    expect(res.warnings.map((w) => w.code)).toContain("analyses.headline_no_programme_arm");
    const named = outcomeChange(t, { ...internal, programmeArm: "A", controlArm: "B" });
    expect(named.tables.headline.get("n", 0)).toBe(6);
  });

  it("explains a constant change instead of giving NaN, and flags small arms", () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({
      person_id: `x${i}`,
      baseline_value: 10 + i,
      followup_value: 12 + i,
      followup_wave: "1",
    }));
    const res = outcomeChange(aq.from(rows), { ...internal, direction: "lower" });
    const row = res.tables.change.objects()[0] as Record<string, unknown>;
    expect(row).toMatchObject({ n: 6, change: 2, refusal: "constant-difference", p_value: null, lower: null });
    expect(res.warnings.find((w) => w.code === "analyses.constant_difference")?.params).toMatchObject({
      n: 6,
      value: 2,
    });
    expect(res.warnings.some((w) => w.code === "analyses.small_n_group")).toBe(true);
    // a single arm is its own headline
    expect(res.tables.headline.get("direction", 0)).toBe("lower");
  });
});
