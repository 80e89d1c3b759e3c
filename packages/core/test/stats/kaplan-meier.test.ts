import { kaplanMeier } from "@solidata/core";
import { describe, expect, it } from "vitest";

// R (survival 3.x):
// > tt <- c(6,6,6,6,7,9,10,10,11,13,16,17,19,20,22,23,25,32,32,34,35)
// > ee <- c(1,1,1,0,1,0,1,0,0,1,1,0,0,0,1,1,0,0,0,0,0)
// > f <- survfit(Surv(tt,ee)~1, conf.type="log-log"); cbind(f$time,f$n.risk,f$n.event,f$n.censor,f$surv,f$std.err,f$lower,f$upper)
// (rows below; "log" and "plain" bounds from the same call with conf.type changed)
// > summary(survfit(Surv(tt,ee)~1))$table["median"]    # 23
// > summary(survfit(Surv(c(1,2,2,3),c(1,1,0,1))~1))$table["median"]   # 2.5
const tt = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
const ee = [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
// time, n.risk, n.event, n.censor, surv, std.err, lower(log-log), upper(log-log), lower(log), upper(log), lower(plain), upper(plain)
const R = [
  [
    6, 21, 3, 1, 0.857142857142857, 0.0890870806374748, 0.619717955265984, 0.951551747646997, 0.71981708391627, 1,
    0.7074793118252, 1,
  ],
  [
    7, 17, 1, 0, 0.80672268907563, 0.1077635305877792, 0.563146564622233, 0.92280901920288, 0.653124218462171,
    0.996443675908659, 0.636332661136999, 0.977112717014261,
  ],
  [
    9, 16, 0, 1, 0.80672268907563, 0.1077635305877792, 0.563146564622233, 0.92280901920288, 0.653124218462171,
    0.996443675908659, 0.636332661136999, 0.977112717014261,
  ],
  [
    10, 15, 1, 1, 0.752941176470588, 0.1279643828830819, 0.503199510799957, 0.889361835169265, 0.585918982029694,
    0.967574754552297, 0.564099326678788, 0.941783026262388,
  ],
  [
    11, 13, 0, 1, 0.752941176470588, 0.1279643828830819, 0.503199510799957, 0.889361835169265, 0.585918982029694,
    0.967574754552297, 0.564099326678788, 0.941783026262388,
  ],
  [
    13, 12, 1, 0, 0.690196078431372, 0.1547599459240199, 0.431610222486184, 0.849065963349451, 0.50961309910178,
    0.93476919553613, 0.480843098173183, 0.899549058689562,
  ],
  [
    16, 11, 1, 0, 0.627450980392157, 0.1817733477529494, 0.367510855987502, 0.804912189471841, 0.439393924968767,
    0.895994938535082, 0.403909512191338, 0.850992448592976,
  ],
  [
    17, 10, 0, 1, 0.627450980392157, 0.1817733477529494, 0.367510855987502, 0.804912189471841, 0.439393924968767,
    0.895994938535082, 0.403909512191338, 0.850992448592976,
  ],
  [
    19, 9, 0, 1, 0.627450980392157, 0.1817733477529494, 0.367510855987502, 0.804912189471841, 0.439393924968767,
    0.895994938535082, 0.403909512191338, 0.850992448592976,
  ],
  [
    20, 8, 0, 1, 0.627450980392157, 0.1817733477529494, 0.367510855987502, 0.804912189471841, 0.439393924968767,
    0.895994938535082, 0.403909512191338, 0.850992448592976,
  ],
  [
    22, 7, 1, 0, 0.53781512605042, 0.2384346320542351, 0.267778936767135, 0.746790717635394, 0.337036616157685,
    0.858200848044665, 0.286481591129621, 0.789148660971219,
  ],
  [
    23, 6, 1, 0, 0.448179271708683, 0.3003071878862905, 0.188052005959232, 0.680142628495241, 0.24878822681766,
    0.807372045529077, 0.184384863840613, 0.711973679576754,
  ],
  [
    25, 5, 0, 1, 0.448179271708683, 0.3003071878862905, 0.188052005959232, 0.680142628495241, 0.24878822681766,
    0.807372045529077, 0.184384863840613, 0.711973679576754,
  ],
  [
    32, 4, 0, 2, 0.448179271708683, 0.3003071878862905, 0.188052005959232, 0.680142628495241, 0.24878822681766,
    0.807372045529077, 0.184384863840613, 0.711973679576754,
  ],
  [
    34, 2, 0, 1, 0.448179271708683, 0.3003071878862905, 0.188052005959232, 0.680142628495241, 0.24878822681766,
    0.807372045529077, 0.184384863840613, 0.711973679576754,
  ],
  [
    35, 1, 0, 1, 0.448179271708683, 0.3003071878862905, 0.188052005959232, 0.680142628495241, 0.24878822681766,
    0.807372045529077, 0.184384863840613, 0.711973679576754,
  ],
] as const;

describe("kaplanMeier", () => {
  it.each([
    ["log-log", 6],
    ["log", 8],
    ["plain", 10],
  ] as const)("matches R survfit with conf.type = %s", (conf, col) => {
    const curve = kaplanMeier(tt, ee, { conf });
    expect(curve.steps).toHaveLength(R.length);
    curve.steps.forEach((step, i) => {
      const row = R[i] as readonly number[];
      expect([step.time, step.nRisk, step.nEvent, step.nCensor]).toEqual(row.slice(0, 4));
      expect(step.survival).toBeCloseTo(row[4] as number, 12);
      expect(step.stdErr).toBeCloseTo(row[5] as number, 12);
      expect(step.lower).toBeCloseTo(row[col] as number, 10);
      expect(step.upper).toBeCloseTo(row[col + 1] as number, 10);
    });
    expect(curve.median).toBe(23);
    expect(curve.events).toBe(9);
  });

  it("takes the midpoint when the curve sits at exactly 0.5, like R", () => {
    const curve = kaplanMeier([1, 2, 2, 3], [true, true, false, true]);
    expect(curve.steps.map((s) => s.survival)).toEqual([0.75, 0.5, 0]);
    expect(curve.median).toBe(2.5);
    expect(Number.isNaN(curve.steps[2]?.lower)).toBe(true);
  });

  it("rejects negative times and mismatched lengths", () => {
    expect(() => kaplanMeier([1, -2], [1, 1])).toThrow("kaplanMeier: needs finite, non-negative times");
    expect(() => kaplanMeier([1], [1, 1])).toThrow(/same length/);
  });
});

// Delayed entry (left truncation), R 4.2 / survival 3.x:
// > library(survival)
// > entry <- c(0,0,0,2,2,3,0,5,1,4,0,6,2,0,3,7,1,0,8,2)
// > exit  <- c(4,6,6,5,9,8,3,10,7,12,11,9,4,2,6,14,13,15,12,10)
// > ev    <- c(1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1)
// > f <- survfit(Surv(entry, exit, ev) ~ 1, conf.type="log-log")
// > cbind(f$time, f$n.risk, f$n.event, f$n.censor, f$surv, f$std.err, f$lower, f$upper)
// > summary(f)$table[c("median","0.95LCL","0.95UCL")]    # 9 2 11
// > summary(survfit(Surv(entry, exit, ev) ~ 1, conf.type="log"))$table[c("median","0.95LCL","0.95UCL")]  # 9 5 13
describe("kaplanMeier with delayed entry", () => {
  const entry = [0, 0, 0, 2, 2, 3, 0, 5, 1, 4, 0, 6, 2, 0, 3, 7, 1, 0, 8, 2];
  const exit = [4, 6, 6, 5, 9, 8, 3, 10, 7, 12, 11, 9, 4, 2, 6, 14, 13, 15, 12, 10];
  const ev = [1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1];
  // time, n.risk, n.event, n.censor, surv, std.err, lower, upper
  const R = [
    [2, 9, 1, 0, 0.888888888888889, 0.117851130197758, 0.4329650902258056, 0.983564028525579],
    [3, 12, 1, 0, 0.814814814814815, 0.146508178831922, 0.4350637462628993, 0.95085505191844],
    [4, 13, 1, 1, 0.752136752136752, 0.166957787703667, 0.4071700209350326, 0.913661695767498],
    [5, 12, 1, 0, 0.689458689458689, 0.188283457719101, 0.3667212494987945, 0.871240979555413],
    [6, 12, 2, 1, 0.574548907882241, 0.22829219679465, 0.2886600397303577, 0.781011471372125],
    [7, 10, 1, 0, 0.517094017094017, 0.251452656037748, 0.2484781960381383, 0.731691549648598],
    [8, 10, 0, 1, 0.517094017094017, 0.251452656037748, 0.2484781960381383, 0.731691549648598],
    [9, 10, 2, 0, 0.413675213675214, 0.297032722487672, 0.1814030630978028, 0.633551695174262],
    [10, 8, 2, 0, 0.31025641025641, 0.360409634853322, 0.1176370635989346, 0.52728333297123],
    [11, 6, 1, 0, 0.258547008547009, 0.404015393553808, 0.088123828939234, 0.4708176534837],
    [12, 5, 1, 1, 0.206837606837607, 0.461766649108008, 0.0608969273170809, 0.411760232940151],
    [13, 3, 1, 0, 0.137891737891738, 0.616356313259713, 0.0261106417350804, 0.340673144985518],
    [14, 2, 0, 1, 0.137891737891738, 0.616356313259713, 0.0261106417350804, 0.340673144985518],
    [15, 1, 0, 1, 0.137891737891738, 0.616356313259713, 0.0261106417350804, 0.340673144985518],
  ];

  it("matches survfit(Surv(entry, exit, event) ~ 1): risk sets entry < t <= exit, curve, band", () => {
    const km = kaplanMeier(exit, ev, { entry });
    expect(km.steps).toHaveLength(R.length);
    km.steps.forEach((s, i) => {
      const r = R[i] as number[];
      expect([s.time, s.nRisk, s.nEvent, s.nCensor]).toEqual(r.slice(0, 4));
      expect(s.survival).toBeCloseTo(r[4] as number, 12);
      expect(s.stdErr).toBeCloseTo(r[5] as number, 12);
      expect(s.lower).toBeCloseTo(r[6] as number, 12);
      expect(s.upper).toBeCloseTo(r[7] as number, 12);
    });
    expect([km.median, km.medianLower, km.medianUpper]).toEqual([9, 2, 11]);
    expect(km.delayed).toBe(13);
    expect(km.notAtRisk).toBe(0);
    const log = kaplanMeier(exit, ev, { entry, conf: "log" });
    expect([log.median, log.medianLower, log.medianUpper]).toEqual([9, 5, 13]);
  });

  it("leaves out of every risk set a person whose entry is not before their exit", () => {
    const km = kaplanMeier([3, 5, 6, 8, 4], [1, 0, 1, 1, 1], { entry: [0, 2, 4, 1, 4] });
    expect(km.notAtRisk).toBe(1);
    expect(km.steps.map((s) => s.nRisk)).toEqual([3, 3, 2, 1]);
    expect(km.events).toBe(3);
  });

  it("refuses entry times of another length or NaN", () => {
    expect(() => kaplanMeier([1, 2], [1, 1], { entry: [0] })).toThrow(RangeError);
    expect(() => kaplanMeier([1, 2], [1, 1], { entry: [0, Number.NaN] })).toThrow(RangeError);
  });
});
