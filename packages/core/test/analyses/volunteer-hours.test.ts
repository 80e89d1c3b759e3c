import { volunteerHours } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day, ids, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// p1..p12 gave 1..12 hours; p1..p6 sorted ("tri"), p7..p12 welcomed ("accueil").
// Each person's hours are split over two rows (January and February) to check the per-person sum.
// R: quantile(1:12, c(.25,.5,.75,.9))  # 3.75 6.50 9.25 10.90 ; sum(1:12) = 78 ; mean 6.5
const rows = ids(1, 12).flatMap((p, i): [string, Date, number, string][] => {
  const activity = i < 6 ? "tri" : "accueil";
  return [
    [p, day("2025-01-05"), (i + 1) / 2, activity],
    [p, day("2025-02-05"), (i + 1) / 2, activity],
  ];
});

describe("volunteerHours", () => {
  it("gives total hours and the distribution of hours per volunteer", () => {
    const r = volunteerHours(volunteerLog(rows), { bands: [6], ...internal });
    const s = r.tables.summary.objects()[0] as Record<string, number>;
    expect(s.volunteers).toBe(12);
    expect(s.records).toBe(24);
    expect(s.hours).toBe(78);
    expect(s.mean).toBeCloseTo(6.5, 12);
    expect(s.median).toBeCloseTo(6.5, 12);
    expect(s.p25).toBeCloseTo(3.75, 12);
    expect(s.p75).toBeCloseTo(9.25, 12);
    expect(s.p90).toBeCloseTo(10.9, 12);
    expect(r.tables.summary.columnNames()).not.toContain("hours_max");
    expect(r.tables.distribution.objects()).toEqual([
      { band: "< 6", lower: 0, upper: 6, volunteers: 5, volunteers_status: "ok" },
      { band: "≥ 6", lower: 6, upper: null, volunteers: 7, volunteers_status: "ok" },
    ]);
  });

  it("breaks hours down by activity and by period", () => {
    const r = volunteerHours(volunteerLog(rows), { by: ["activity"], period: "month", ...internal });
    // tri: 1+…+6 = 21 h by 6 people; accueil: 7+…+12 = 57 h by 6 people
    expect(r.tables.by_activity?.objects()).toEqual([
      {
        activity: "accueil",
        hours: 57,
        hours_status: "ok",
        volunteers: 6,
        volunteers_status: "ok",
        mean: 9.5,
        mean_status: "ok",
      },
      {
        activity: "tri",
        hours: 21,
        hours_status: "ok",
        volunteers: 6,
        volunteers_status: "ok",
        mean: 3.5,
        mean_status: "ok",
      },
    ]);
    expect(r.tables.by_period?.array("period")).toEqual(["2025-01", "2025-02"]);
    expect(r.tables.by_period?.array("hours")).toEqual([39, 39]);
  });

  it("suppresses a sum dominated by one volunteer and a mean on a small base", () => {
    const log = volunteerLog([
      ...ids(1, 5).map((p): [string, Date, number, string] => [p, day("2025-01-05"), 1, "tri"]),
      ["p6", day("2025-01-05"), 100, "tri"],
      ...ids(7, 9).map((p): [string, Date, number, string] => [p, day("2025-01-05"), 2, "accueil"]),
    ]);
    const r = volunteerHours(log, { by: ["activity"], ...internal });
    const byActivity = r.tables.by_activity?.objects() as Record<string, unknown>[];
    const tri = byActivity.find((x) => x.activity === "tri");
    expect(tri?.hours).toBeNull();
    expect(tri?.hours_status).toBe("dominance"); // 100 of 105 hours: 95 % > 85 %
    const accueil = byActivity.find((x) => x.activity === "accueil");
    expect(accueil?.volunteers_status).toBe("primary");
    expect(accueil?.mean_status).not.toBe("ok");
    expect(r.suppressed.length).toBeGreaterThan(0);
  });

  it("leaves out and reports rows without hours", () => {
    const log = volunteerLog([...rows, ["p1", day("2025-03-01"), null, "tri"]]);
    const r = volunteerHours(log, internal);
    expect(r.parameters.rowsUsed).toBe(24);
    expect(r.warnings.map((w) => w.code)).toContain("analyses.rows_excluded_value");
    expect(() => volunteerHours(log, { by: ["site"] })).toThrow("volunteerHours: needs a column site");
  });

  it("refuses a breakdown whose labels would identify people", () => {
    expect(() => volunteerHours(volunteerLog(rows), { by: ["person_id"] })).toThrow(
      "volunteerHours: cannot break results down by person_id: it identifies people and its values would be published",
    );
  });

  it("reads padded identifiers alike on both of its paths, and keeps a no-break space at an end as written", () => {
    // the activity log takes the people's shared codes when every identifier is a text that trim()
    // and its own reading agree on; " p1 " is p1 on both paths
    const padded = rows.map(([p, d, h, a], i): [string, Date, number, string] => [i % 3 === 0 ? ` ${p} ` : p, d, h, a]);
    const shared = volunteerHours(volunteerLog(padded), internal).tables.summary.objects()[0] as Record<string, number>;
    expect(shared.volunteers).toBe(12);
    expect(shared.hours).toBe(78);
    // "p1\u00a0" (a no-break space at its end) is another person to the activity log, as before the
    // shared codes: that column takes the log's own path
    const wide = rows.map(([p, d, h, a], i): [string, Date, number, string] => [i === 0 ? `${p}\u00a0` : p, d, h, a]);
    const own = volunteerHours(volunteerLog(wide), internal).tables.summary.objects()[0] as Record<string, number>;
    expect(own.volunteers).toBe(13);
    expect(own.hours).toBe(78);
  });
});
