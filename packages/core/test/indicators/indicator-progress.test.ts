import { describe, expect, it } from "vitest";
import { type IndicatorTarget, indicatorProgress } from "../../src/indicators/indicator-progress.js";
import type { Figure, SectionIndicators } from "../../src/indicators/types.js";

const fig = (id: string, value: number | null, status: Figure["status"] = "ok"): Figure => ({
  id,
  value,
  format: "count",
  n: value === null ? null : 50,
  nStatus: value === null ? "suppressed" : "ok",
  unit: "person",
  method: "count",
  status,
});
const section = (figures: Figure[]): SectionIndicators => ({
  id: "s",
  figures,
  series: [],
  tables: [],
  suppressed: [],
  warnings: [],
  methods: [],
});
const indicators = {
  period: { from: "2025-01-01", to: "2025-12-31" },
  sections: [section([fig("a", 70), fig("b", 30), fig("c", null, "suppressed"), fig("d", 99)])],
};
const target = (t: Partial<IndicatorTarget> & Pick<IndicatorTarget, "figure">): IndicatorTarget => ({
  id: t.figure,
  label: { fr: t.figure, en: t.figure },
  baseline: 50,
  target: 100,
  direction: "increase",
  ...t,
});

describe("indicatorProgress", () => {
  it("computes (value − baseline) / (target − baseline) for an increase and a decrease", () => {
    const [up, down] = indicatorProgress(indicators, [
      target({ figure: "a" }), // (70 − 50) / (100 − 50) = 0.4
      target({ figure: "b", baseline: 40, target: 20, direction: "decrease" }), // (30 − 40) / (20 − 40) = 0.5
    ]);
    expect(up).toMatchObject({ value: 70, progress: 0.4, status: "on_track", milestone: null });
    expect(down).toMatchObject({ value: 30, progress: 0.5, status: "on_track" });
  });
  it("judges against the last milestone passed at the period's end, not a later one", () => {
    const milestones = [
      { date: "2025-06-30", value: 60 },
      { date: "2025-12-31", value: 80 },
      { date: "2026-06-30", value: 90 },
    ];
    const [behind] = indicatorProgress(indicators, [target({ figure: "a", milestones })]);
    expect(behind).toMatchObject({ status: "behind", milestone: { date: "2025-12-31", value: 80 } });
    const [early] = indicatorProgress(indicators, [target({ figure: "a", milestones })], { date: "2025-09-01" });
    expect(early).toMatchObject({ status: "on_track", milestone: { date: "2025-06-30", value: 60 } });
    const [down] = indicatorProgress(indicators, [
      target({
        figure: "b",
        baseline: 40,
        target: 20,
        direction: "decrease",
        milestones: [{ date: "2025-01-31", value: 35 }],
      }),
    ]);
    expect(down?.status).toBe("on_track"); // 30 ≤ 35
  });
  it("says achieved at 100 % or beyond, behind when it moved away, maintain within its tolerance", () => {
    const out = indicatorProgress(indicators, [
      target({ figure: "d", target: 90 }), // (99 − 50) / 40 = 1.225
      target({ figure: "b" }), // (30 − 50) / 50 = −0.4
      target({ figure: "d", baseline: 100, target: 100, direction: "maintain" }), // |99 − 100| ≤ 5
      target({ figure: "d", baseline: 100, target: 100, direction: "maintain", tolerance: 0.005 }), // 1 > 0.5
    ]);
    expect(out.map((o) => o.status)).toEqual(["achieved", "behind", "achieved", "behind"]);
    expect(out[0]?.progress).toBeCloseTo(1.225, 12);
    expect(out[1]?.progress).toBeCloseTo(-0.4, 12);
    expect(out[2]?.progress).toBeNull();
  });
  it("keeps a hidden figure hidden and says when a figure does not exist", () => {
    const [hidden, missing] = indicatorProgress(indicators, [target({ figure: "c" }), target({ figure: "zz" })]);
    expect(hidden).toMatchObject({ value: null, n: null, progress: null, status: "hidden", milestone: null });
    expect(missing).toMatchObject({ value: null, progress: null, status: "missing" });
  });
});
