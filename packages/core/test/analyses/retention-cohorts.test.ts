import { retentionCohorts } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day, ids, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } };
type Row = [string, Date, null, string, Date?];

// Cohort 2025-01: p1..p10 signed up on 5 January and came that day; p1..p6 came in February, p1..p5 in March.
// Cohort 2025-02: p11..p18 signed up on 10 February and came that day; p11..p15 came in March.
// p19..p23 have no sign-up date: their first activity (2 March) gives cohort 2025-03.
const rows: Row[] = [
  ...ids(1, 10).map((p): Row => [p, day("2025-01-05"), null, "tri", day("2025-01-05")]),
  ...ids(1, 6).map((p): Row => [p, day("2025-02-07"), null, "tri", day("2025-01-05")]),
  ...ids(1, 5).map((p): Row => [p, day("2025-03-07"), null, "tri", day("2025-01-05")]),
  ...ids(11, 18).map((p): Row => [p, day("2025-02-10"), null, "tri", day("2025-02-10")]),
  ...ids(11, 15).map((p): Row => [p, day("2025-03-11"), null, "tri", day("2025-02-10")]),
  ...ids(19, 23).map((p): Row => [p, day("2025-03-02"), null, "tri"]),
];

describe("retentionCohorts", () => {
  it("gives the cohort × period retention table worked out by hand", () => {
    const r = retentionCohorts(volunteerLog(rows), { period: "month", ...internal });
    const t = r.tables.cohorts.objects() as Record<string, unknown>[];
    expect(t.map((x) => [x.cohort, x.offset, x.period, x.size, x.retained, x.rate])).toEqual([
      ["2025-01", 0, "2025-01", 10, 10, 1],
      ["2025-01", 1, "2025-02", 10, 6, 0.6],
      ["2025-01", 2, "2025-03", 10, 5, 0.5],
      ["2025-02", 0, "2025-02", 8, 8, 1],
      ["2025-02", 1, "2025-03", 8, 5, 0.625],
      ["2025-03", 0, "2025-03", 5, 5, 1],
    ]);
    expect(r.n).toBe(23);
  });

  it("suppresses small retained counts and their rates", () => {
    const small = rows.filter((x) => !(x[0] === "p5" && x[1].getUTCMonth() === 2)); // p5 no longer comes in March
    const r = retentionCohorts(volunteerLog(small), { period: "month", ...internal });
    const row = (r.tables.cohorts.objects() as Record<string, unknown>[]).find(
      (x) => x.cohort === "2025-01" && x.offset === 2,
    );
    expect(row?.retained).toBeNull();
    expect(row?.retained_status).toBe("primary");
    expect(row?.rate).toBeNull();
  });

  it("can stop at a maximum offset", () => {
    const r = retentionCohorts(volunteerLog(rows), { period: "month", maxOffset: 0, ...internal });
    expect(r.tables.cohorts.array("offset")).toEqual([0, 0, 0]);
  });

  it("marks the cells outside the span the log covers as not observed, never 0 %", () => {
    // p30..p34 signed up in 2022 and were active in March 2025; the log covers January–March 2025 only.
    const old = ids(30, 34).map((p): Row => [p, day("2025-03-15"), null, "tri", day("2022-06-01")]);
    const r = retentionCohorts(volunteerLog([...rows, ...old]), { period: "year", ...internal });
    const t = r.tables.cohorts.objects() as Record<string, unknown>[];
    expect(t.map((x) => [x.cohort, x.offset, x.retained, x.rate, x.rate_status, x.observation])).toEqual([
      ["2022", 0, null, null, "not-observed", "not-observed"],
      ["2022", 1, null, null, "not-observed", "not-observed"],
      ["2022", 2, null, null, "not-observed", "not-observed"],
      // 2025 is covered from 1 January to 31 March only (the months of the first and last activity)
      ["2022", 3, 5, 1, "ok", "partial"],
      ["2025", 0, 23, 1, "ok", "partial"],
    ]);
    expect(r.parameters.window).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(r.warnings.find((w) => w.code === "analyses.observation_window")?.params).toEqual({
      from: "2025-01-01",
      to: "2025-03-31",
      cells: 3,
    });
    // with the whole of 2025 declared as covered, the 2025 cells are fully observed
    const full = retentionCohorts(volunteerLog([...rows, ...old]), {
      period: "year",
      window: { from: day("2025-01-01"), to: day("2025-12-31") },
      ...internal,
    });
    expect(full.tables.cohorts.array("observation")).toEqual([
      "not-observed",
      "not-observed",
      "not-observed",
      "observed",
      "observed",
    ]);
  });

  it("refuses a window that ends before it starts", () => {
    expect(() =>
      retentionCohorts(volunteerLog(rows), { window: { from: day("2025-03-01"), to: day("2025-01-01") } }),
    ).toThrow(/window/);
  });
});
