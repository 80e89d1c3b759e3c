import { normalQuantile } from "./distributions.js";

/** How the confidence band of a survival curve is built (names as in R `survfit`). */
export const SurvivalConfType = { logLog: "log-log", log: "log", plain: "plain" } as const;
export type SurvivalConfType = (typeof SurvivalConfType)[keyof typeof SurvivalConfType];

/** Options of {@link kaplanMeier}. */
export interface KaplanMeierOptions {
  /** confidence level in (0, 1), default 0.95 */
  level?: number;
  /** band transformation, default `"log-log"` (stays inside [0, 1]) */
  conf?: SurvivalConfType;
  /**
   * entry time of each person (delayed entry, left truncation), same length as `times`: a person is at risk
   * at `t` only when `entry < t ≤ time`, as R `Surv(entry, time, event)`. Absent: everyone is at risk from the start.
   * A person whose entry is not before their time is never at risk (counted in `notAtRisk`).
   */
  entry?: ArrayLike<number>;
}

/** One step of a Kaplan–Meier curve, at a distinct observed time. */
export interface KaplanMeierStep {
  time: number;
  /** people still at risk just before `time` */
  nRisk: number;
  nEvent: number;
  nCensor: number;
  /** estimated probability of surviving beyond `time` */
  survival: number;
  /** Greenwood standard error of the cumulative hazard (R's `std.err`) */
  stdErr: number;
  /** band bounds (NaN where undefined, e.g. survival of 0 with log-log) */
  lower: number;
  upper: number;
}

/** A Kaplan–Meier curve with its median. */
export interface KaplanMeierCurve {
  steps: KaplanMeierStep[];
  n: number;
  events: number;
  /** median survival time (NaN when the curve never reaches 0.5) */
  median: number;
  /** confidence interval of the median from the band, as R `print(survfit)` (NaN when the band never reaches 0.5) */
  medianLower: number;
  medianUpper: number;
  /** people with a delayed entry (entry given and after the start) */
  delayed: number;
  /** people never at risk (entry not before their time); they count in `n` but in no risk set */
  notAtRisk: number;
  level: number;
  conf: SurvivalConfType;
}

/**
 * Kaplan–Meier survival curve with right-censoring and a Greenwood confidence band.
 *
 * Why: how long volunteers stay cannot be averaged when many are still active (their stay is not
 * over: right-censored); Kaplan–Meier uses them up to their last observed time.
 * Matches R `survival::survfit(Surv(time, event) ~ 1, conf.type = "log-log")`; with `entry`, people seen only
 * from a later date (a log that starts after they joined) enter the risk sets then, as
 * `survfit(Surv(entry, time, event) ~ 1)`: otherwise long stays are over-counted (survivor bias).
 *
 * @param times - follow-up time of each person (≥ 0, finite)
 * @param events - 1 (or true) when the event (leaving) was observed, 0 (or false) when censored
 * @param options - level (default 0.95), conf (`"log-log"` default, `"log"`, `"plain"`), entry (delayed entry times)
 * @throws RangeError when lengths differ, the input is empty, a time is negative or not finite, or an entry is NaN
 * @example
 * kaplanMeier([1, 2, 2, 3], [1, 1, 0, 1]).steps.map((s) => s.survival) // => [0.75, 0.5, 0]
 * kaplanMeier([3, 5, 6, 8], [1, 0, 1, 1], { entry: [0, 2, 4, 1] }).steps.map((s) => s.nRisk) // => [3, 3, 2, 1]
 */
export function kaplanMeier(
  times: ArrayLike<number>,
  events: ArrayLike<number | boolean>,
  options: KaplanMeierOptions = {},
): KaplanMeierCurve {
  const level = options.level ?? 0.95;
  const conf = options.conf ?? "log-log";
  const entry = options.entry;
  if (times.length !== events.length) throw new RangeError("kaplanMeier: needs times and events of the same length");
  if (entry !== undefined && entry.length !== times.length)
    throw new RangeError("kaplanMeier: needs entry times of the same length as times");
  if (times.length === 0) throw new RangeError("kaplanMeier: needs at least one observation");
  if (!(level > 0 && level < 1)) throw new RangeError("kaplanMeier: needs a level between 0 and 1");
  const n = times.length;
  const order = new Array<number>(n);
  const entries: number[] = [];
  let delayed = 0;
  let notAtRisk = 0;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError("kaplanMeier: needs finite, non-negative times");
    order[i] = i;
    if (entry !== undefined) {
      const e = entry[i] as number;
      if (Number.isNaN(e) || e === Number.POSITIVE_INFINITY)
        throw new RangeError("kaplanMeier: needs entry times that are numbers or -Infinity");
      if (e >= t) notAtRisk++;
      else {
        entries.push(e);
        if (e > 0) delayed++;
      }
    }
  }
  order.sort((i, j) => (times[i] as number) - (times[j] as number));
  entries.sort((a, b) => a - b);
  const z = normalQuantile(1 - (1 - level) / 2);
  const steps: KaplanMeierStep[] = [];
  // at risk at t = (entered before t) − (left before t); without entry times everyone entered at −∞
  let entered = entry === undefined ? n : 0;
  let gone = 0;
  let e = 0;
  let survival = 1;
  let greenwood = 0;
  let totalEvents = 0;
  let i = 0;
  while (i < n) {
    const time = times[order[i] as number] as number;
    while (e < entries.length && (entries[e] as number) < time) {
      entered++;
      e++;
    }
    let d = 0;
    let c = 0;
    while (i < n && times[order[i] as number] === time) {
      const k = order[i] as number;
      i++;
      if (entry !== undefined && (entry[k] as number) >= time) continue;
      const ev = events[k];
      if (ev === 1 || ev === true) d++;
      else c++;
    }
    if (d + c === 0) continue;
    const atRisk = entered - gone;
    if (d > 0) {
      survival *= 1 - d / atRisk;
      greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Number.POSITIVE_INFINITY;
    }
    totalEvents += d;
    const se = Math.sqrt(greenwood);
    const [lower, upper] = band(survival, se, z, conf);
    steps.push({ time, nRisk: atRisk, nEvent: d, nCensor: c, survival, stdErr: se, lower, upper });
    gone += d + c;
  }
  return {
    steps,
    n,
    events: totalEvents,
    median: medianTime(steps, (s) => s.survival),
    medianLower: medianTime(steps, (s) => s.lower),
    medianUpper: medianTime(steps, (s) => s.upper),
    delayed,
    notAtRisk,
    level,
    conf,
  };
}

function band(s: number, se: number, z: number, conf: SurvivalConfType): [number, number] {
  if (se === 0) return [s, s];
  if (s === 0 || !Number.isFinite(se)) return [Number.NaN, Number.NaN];
  if (conf === "plain") return [Math.max(0, s - z * se * s), Math.min(1, s + z * se * s)];
  if (conf === "log") return [Math.exp(Math.log(s) - z * se), Math.min(1, Math.exp(Math.log(s) + z * se))];
  const ll = Math.log(-Math.log(s));
  const w = (z * se) / Math.log(s);
  return [Math.exp(-Math.exp(ll - w)), Math.exp(-Math.exp(ll + w))];
}

/** R's rule: first time the curve is at or below 0.5; if exactly 0.5 on a flat, the midpoint to the next drop. */
function medianTime(steps: KaplanMeierStep[], value: (step: KaplanMeierStep) => number): number {
  const tol = 1e-12;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k] as KaplanMeierStep;
    const v = value(step);
    if (Number.isNaN(v)) continue;
    if (v < 0.5 - tol) return step.time;
    if (Math.abs(v - 0.5) <= tol) {
      for (let j = k + 1; j < steps.length; j++) {
        const later = steps[j] as KaplanMeierStep;
        if (value(later) < 0.5 - tol) return (step.time + later.time) / 2;
      }
      return step.time;
    }
  }
  return Number.NaN;
}
