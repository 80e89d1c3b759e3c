import { survival } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { plus, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } }; // k = 5

// Tenures (days) and whether the volunteer left (1) or is still active (0):
const tt = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
const ee = [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
// Those who left signed up on 1 January 2023 and came last tt days later (long before the end);
// those still active signed up tt days before 30 June 2024 and came on 30 June 2024, the end of observation.
const rows = tt.flatMap((t, i): [string, Date, null, string, Date][] => {
  const id = `v${i}`;
  if (ee[i] === 1) {
    const start = plus("2023-01-01", 0);
    return [
      [id, start, null, "tri", start],
      [id, plus("2023-01-01", t), null, "tri", start],
    ];
  }
  const start = plus("2024-06-30", -t);
  return [
    [id, start, null, "tri", start],
    [id, plus("2024-06-30", 0), null, "tri", start],
  ];
});

// R (survival 3.x):
// > f <- survfit(Surv(tt,ee)~1, conf.type="log-log")
// > cbind(f$time, f$n.risk, f$n.event, f$surv, f$lower, f$upper)   (rows with n.risk >= 5)
// > summary(f)$table["median"]   # 23
const R = [
  [6, 21, 3, 0.857142857142857, 0.619717955265984, 0.951551747646997],
  [7, 17, 1, 0.80672268907563, 0.563146564622233, 0.92280901920288],
  [9, 16, 0, 0.80672268907563, 0.563146564622233, 0.92280901920288],
  [10, 15, 1, 0.752941176470588, 0.503199510799957, 0.889361835169265],
  [11, 13, 0, 0.752941176470588, 0.503199510799957, 0.889361835169265],
  [13, 12, 1, 0.690196078431372, 0.431610222486184, 0.849065963349451],
  [16, 11, 1, 0.627450980392157, 0.367510855987502, 0.804912189471841],
  [17, 10, 0, 0.627450980392157, 0.367510855987502, 0.804912189471841],
  [19, 9, 0, 0.627450980392157, 0.367510855987502, 0.804912189471841],
  [20, 8, 0, 0.627450980392157, 0.367510855987502, 0.804912189471841],
  [22, 7, 1, 0.53781512605042, 0.267778936767135, 0.746790717635394],
  [23, 6, 1, 0.448179271708683, 0.188052005959232, 0.680142628495241],
  [25, 5, 0, 0.448179271708683, 0.188052005959232, 0.680142628495241],
];

describe("survival", () => {
  it("matches R survfit on tenures derived from the log, censoring those still active", () => {
    const r = survival(volunteerLog(rows), { unit: "day", inactivityDays: 90, ...internal });
    const curve = r.tables.curve.objects() as Record<string, number | null>[];
    expect(curve[0]).toMatchObject({ time: 0, at_risk: 21, survival: 1 });
    // steps are grouped until they hold k = 5 events (protectSurvivalSteps): 3 + 1 + 1 events by day 10,
    // then only 4 more (days 13, 16, 22, 23), which join that step; it ends at day 23 with R's estimate there
    const end = R[11] as number[];
    expect(curve).toHaveLength(2);
    const step = curve[1] as Record<string, number>;
    expect([step.time, step.at_risk, step.events]).toEqual([23, 21, 9]);
    expect(step.survival).toBeCloseTo(end[3] as number, 12);
    expect(step.lower).toBeCloseTo(end[4] as number, 10);
    expect(step.upper).toBeCloseTo(end[5] as number, 10);
    // the censored-only tail (days 25 to 35, some with fewer than k at risk) is not published
    expect(step.censored).toBe(12);
    expect(r.tables.summary.objects()[0]).toMatchObject({ volunteers: 21, left: 9, still_active: 12, median: 23 });
    expect(r.method).toBe("kaplan-meier");
    expect(r.parameters.endDate).toBe("2024-06-30");
  });

  it("converts tenure to months", () => {
    const r = survival(volunteerLog(rows), { unit: "month", ...internal });
    expect(r.tables.summary.get("median", 0)).toBeCloseTo(23 / (365.25 / 12), 12);
  });

  it("needs usable rows", () => {
    expect(() => survival(volunteerLog([["a", null]]))).toThrow("survival: needs at least one usable row");
  });
});

describe("survival with delayed entry", () => {
  // The log starts on 1 January 2024. Five "a" joined on 1 January 2020 and are seen from the log's first day until
  // day 200 of it (left); five "b" join on 1 February 2024 and leave after 100 days; five "c" join on 1 January 2024
  // and are still active at day 700 (end of observation).
  const rows: [string, Date, number, string, Date][] = [];
  for (let i = 0; i < 5; i++) {
    rows.push([`a${i}`, plus("2024-01-01", 0), 2, "tri", plus("2020-01-01", 0)]);
    rows.push([`a${i}`, plus("2024-01-01", 200), 2, "tri", plus("2020-01-01", 0)]);
    rows.push([`b${i}`, plus("2024-02-01", 0), 2, "tri", plus("2024-02-01", 0)]);
    rows.push([`b${i}`, plus("2024-02-01", 100), 2, "tri", plus("2024-02-01", 0)]);
    rows.push([`c${i}`, plus("2024-01-01", 0), 2, "tri", plus("2024-01-01", 0)]);
    rows.push([`c${i}`, plus("2024-01-01", 700), 2, "tri", plus("2024-01-01", 0)]);
  }
  const log = volunteerLog(rows);
  it("counts a volunteer who joined before the log from its first date only", () => {
    // By hand: the a's enter at 1461 days (2020-01-01 to 2024-01-01) and leave at 1661. At 100 days only the b's and
    // c's are at risk: 10, 5 leave, S = 0.5. At 700 the c's are censored; at 1661 the 5 a's are alone and leave: S = 0.
    const r = survival(log, { unit: "day", ...internal });
    expect(r.parameters.observedFrom).toBe("2024-01-01");
    const curve = r.tables.curve.objects() as { time: number; at_risk: number; survival: number }[];
    // the step at 700 (censoring only, no departure) is not published: a published step has 0 or at
    // least k departures, and a step of censorings alone would tell how many stayed (protectSurvivalSteps)
    expect(curve.map((c) => [c.time, c.at_risk, c.survival])).toEqual([
      [0, 10, 1],
      [100, 10, 0.5],
      [1661, 5, 0],
    ]);
    expect(r.tables.summary.get("delayed", 0)).toBe(5);
    // the curve sits at exactly 0.5 from 100 to 1661: R takes the midpoint, (100 + 1661) / 2
    expect(r.tables.summary.get("median", 0)).toBe(880.5);
    // Without delayed entry the a's are at risk from their sign-up: 15 at risk at 100 days, S = 2/3
    const raw = survival(log, { unit: "day", delayedEntry: false, ...internal });
    const rawCurve = raw.tables.curve.objects() as { time: number; at_risk: number; survival: number }[];
    expect(rawCurve[1]).toMatchObject({ time: 100, at_risk: 15 });
    expect(rawCurve[1]?.survival).toBeCloseTo(2 / 3, 12);
    expect(raw.tables.summary.get("median", 0)).toBe(1661);
  });
});
