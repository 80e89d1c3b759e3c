import { engagementSegments } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day, ids, plus, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } };
type Row = [string, Date, number, string];

// As of 30 June 2025: p1..p5 last came on 1 Dec 2024 (211 days: lapsed), p6..p10 on 15 Feb 2025 (135 days: lapsing).
// p11..p30 came recently: 1, 2, 3 and 6 times (five people each), 2 hours a time.
// R: quantile(c(rep(1,5),rep(2,5),rep(3,5),rep(6,5)), c(.5,.75))  # 2.50 3.75
// R: quantile(c(rep(2,5),rep(4,5),rep(6,5),rep(12,5)), .5)        # 5   (hours)
// core: ≥ 3.75 activities and ≥ 5 hours -> the 6-times group; regular: ≥ 2.5 -> the 3-times group; occasional: 1 and 2.
const recent = (from: number, times: number): Row[] =>
  ids(from, from + 4).flatMap((p) =>
    Array.from({ length: times }, (_, k): Row => [p, plus("2025-06-01", k), 2, "tri"]),
  );
const rows: Row[] = [
  ...ids(1, 5).map((p): Row => [p, day("2024-12-01"), 3, "tri"]),
  ...ids(6, 10).map((p): Row => [p, day("2025-02-15"), 3, "tri"]),
  ...recent(11, 1),
  ...recent(16, 2),
  ...recent(21, 3),
  ...recent(26, 6),
];

describe("engagementSegments", () => {
  it("splits volunteers by recency, frequency and hours", () => {
    const r = engagementSegments(volunteerLog(rows), { asOf: day("2025-06-30"), ...internal });
    const t = r.tables.segments.objects() as Record<string, unknown>[];
    expect(t.map((x) => [x.segment, x.volunteers, x.hours, x.median_activities])).toEqual([
      ["core", 5, 60, 6],
      ["regular", 5, 30, 3],
      ["occasional", 10, 30, 1.5],
      ["lapsing", 5, 15, 1],
      ["lapsed", 5, 15, 1],
    ]);
    expect(t[0]?.share).toBeCloseTo(5 / 30, 12);
    expect(t[4]?.median_days_since).toBe(211);
    expect(r.parameters.thresholds).toEqual({ coreActivities: 3.75, regularActivities: 2.5, coreHours: 5 });
  });

  it("rejects inconsistent thresholds", () => {
    expect(() => engagementSegments(volunteerLog(rows), { recentDays: 200, lapsedDays: 100 })).toThrow(
      "engagementSegments: needs 1 <= recentDays < lapsedDays",
    );
  });
});
