import { formatIssue, volunteerActivity } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day, ids, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// January: p1..p20 (all new). February: p1..p12 and p21..p26 (new). March: p1..p6, p13..p19 and p27..p32 (new).
// Worked by hand:
//   2025-01 active 20, new 20, returning 0,  lapsed 0
//   2025-02 active 18, new 6,  returning 12, lapsed 8  (p13..p20)
//   2025-03 active 19, new 6,  returning 13, lapsed 12 (p7..p12, p21..p26)
const rows: [string, Date][] = [
  ...ids(1, 20).map((p): [string, Date] => [p, day("2025-01-10")]),
  ...ids(1, 20).map((p): [string, Date] => [p, day("2025-01-20")]), // a second visit in the same month counts once
  ...[...ids(1, 12), ...ids(21, 26)].map((p): [string, Date] => [p, day("2025-02-03")]),
  ...[...ids(1, 6), ...ids(13, 19), ...ids(27, 32)].map((p): [string, Date] => [p, day("2025-03-28")]),
];

describe("volunteerActivity", () => {
  it("counts active, new, returning and lapsed volunteers per month", () => {
    const r = volunteerActivity(volunteerLog(rows), { period: "month", ...internal });
    expect(r.tables.activity.objects()).toEqual([
      {
        period: "2025-01",
        active: 20,
        active_status: "ok",
        new: 20,
        new_status: "ok",
        returning: 0,
        returning_status: "ok",
        lapsed: 0,
        lapsed_status: "ok",
      },
      {
        period: "2025-02",
        active: 18,
        active_status: "ok",
        new: 6,
        new_status: "ok",
        returning: 12,
        returning_status: "ok",
        lapsed: 8,
        lapsed_status: "ok",
      },
      {
        period: "2025-03",
        active: 19,
        active_status: "ok",
        new: 6,
        new_status: "ok",
        returning: 13,
        returning_status: "ok",
        lapsed: 12,
        lapsed_status: "ok",
      },
    ]);
    expect(r.n).toBe(32);
    expect(r.unit).toBe("person");
    expect(r.suppressed).toEqual([]);
  });

  it("counts a volunteer as active while their activity is within the window", () => {
    // five people came once on 15 January; with a 60-day window they are still active at the end of
    // February (window 31 Dec – 28 Feb) but not at the end of March (window 31 Jan – 31 Mar);
    // five others came on 20 March, which is where observation ends
    const log = volunteerLog([
      ...ids(1, 5).map((p): [string, Date] => [p, day("2025-01-15")]),
      ...ids(6, 10).map((p): [string, Date] => [p, day("2025-03-20")]),
    ]);
    const r = volunteerActivity(log, { period: "month", windowDays: 60, ...internal });
    const t = r.tables.activity.objects() as Record<string, unknown>[];
    expect(t.map((x) => [x.period, x.active, x.new, x.lapsed])).toEqual([
      ["2025-01", 5, 5, 0],
      ["2025-02", 5, 0, 0],
      ["2025-03", 5, 5, 5],
    ]);
    expect(r.method).toBe("distinct-in-window");
  });

  it("labels ISO weeks and quarters", () => {
    const log = volunteerLog(ids(1, 10).map((p) => [p, day("2024-12-30")]));
    expect(volunteerActivity(log, { period: "week", ...internal }).tables.activity.array("period")).toEqual([
      "2025-W01",
    ]);
    expect(volunteerActivity(log, { period: "quarter", ...internal }).tables.activity.array("period")).toEqual([
      "2024-Q4",
    ]);
  });

  it("suppresses small counts, flags small n and reports excluded rows", () => {
    const log = volunteerLog([
      ["a", day("2025-01-02")],
      ["b", day("2025-01-03")],
      [null, day("2025-01-04")],
      ["c", null],
    ]);
    const r = volunteerActivity(log);
    const row = r.tables.activity.objects()[0] as Record<string, unknown>;
    expect(row.active).toBeNull();
    expect(row.active_status).toBe("primary");
    expect(r.suppressed.some((s) => s.column === "active" && s.rule === "primary" && s.k === 10)).toBe(true);
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(["analyses.rows_excluded_person", "analyses.rows_excluded_date", "analyses.small_n"]);
    const small = r.warnings.find((w) => w.code === "analyses.small_n");
    expect(small?.params).toEqual({ n: 2, threshold: 30 });
    expect(formatIssue(small!, "fr")).toContain("seulement 2 personnes");
    expect(formatIssue(small!, "en")).toContain("cannot be told apart from chance");
  });

  it("lets callers rename columns and rejects bad options", () => {
    const log = volunteerLog(ids(1, 5).map((p) => [p, day("2025-01-15")])).rename({
      person_id: "id",
      activity_date: "when",
    });
    const r = volunteerActivity(log, { columns: { person: "id", date: "when" }, ...internal });
    expect(r.tables.activity.get("active", 0)).toBe(5);
    expect(() => volunteerActivity(log)).toThrow("volunteerActivity: needs a column person_id");
    // @ts-expect-error an unknown period
    expect(() => volunteerActivity(log, { period: "day" })).toThrow(/period must be/);
    expect(() => volunteerActivity(log, { windowDays: 0, columns: { person: "id", date: "when" } })).toThrow(
      /windowDays/,
    );
  });
});
