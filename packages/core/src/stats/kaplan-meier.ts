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
  level: number;
  conf: SurvivalConfType;
}

/**
 * Kaplan–Meier survival curve with right-censoring and a Greenwood confidence band.
 *
 * Why: how long volunteers stay cannot be averaged when many are still active (their stay is not
 * over: right-censored); Kaplan–Meier uses them up to their last observed time.
 * Matches R `survival::survfit(Surv(time, event) ~ 1, conf.type = "log-log")`.
 *
 * @param times - follow-up time of each person (≥ 0, finite)
 * @param events - 1 (or true) when the event (leaving) was observed, 0 (or false) when censored
 * @param options - level (default 0.95), conf (`"log-log"` default, `"log"`, `"plain"`)
 * @throws RangeError when lengths differ, the input is empty or a time is negative or not finite
 * @example
 * kaplanMeier([1, 2, 2, 3], [1, 1, 0, 1]).steps.map((s) => s.survival) // => [0.75, 0.5, 0]
 */
export function kaplanMeier(
  times: ArrayLike<number>,
  events: ArrayLike<number | boolean>,
  options: KaplanMeierOptions = {},
): KaplanMeierCurve {
  const level = options.level ?? 0.95;
  const conf = options.conf ?? "log-log";
  if (times.length !== events.length) throw new RangeError("kaplanMeier: needs times and events of the same length");
  if (times.length === 0) throw new RangeError("kaplanMeier: needs at least one observation");
  if (!(level > 0 && level < 1)) throw new RangeError("kaplanMeier: needs a level between 0 and 1");
  const n = times.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError("kaplanMeier: needs finite, non-negative times");
    order[i] = i;
  }
  order.sort((i, j) => (times[i] as number) - (times[j] as number));
  const z = normalQuantile(1 - (1 - level) / 2);
  const steps: KaplanMeierStep[] = [];
  let atRisk = n;
  let survival = 1;
  let greenwood = 0;
  let totalEvents = 0;
  let i = 0;
  while (i < n) {
    const time = times[order[i] as number] as number;
    let d = 0;
    let c = 0;
    while (i < n && times[order[i] as number] === time) {
      const e = events[order[i] as number];
      if (e === 1 || e === true) d++;
      else c++;
      i++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Number.POSITIVE_INFINITY;
    }
    totalEvents += d;
    const se = Math.sqrt(greenwood);
    const [lower, upper] = band(survival, se, z, conf);
    steps.push({ time, nRisk: atRisk, nEvent: d, nCensor: c, survival, stdErr: se, lower, upper });
    atRisk -= d + c;
  }
  return { steps, n, events: totalEvents, median: medianTime(steps), level, conf };
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
function medianTime(steps: KaplanMeierStep[]): number {
  const tol = 1e-12;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k] as KaplanMeierStep;
    if (step.survival < 0.5 - tol) return step.time;
    if (Math.abs(step.survival - 0.5) <= tol) {
      for (let j = k + 1; j < steps.length; j++) {
        const later = steps[j] as KaplanMeierStep;
        if (later.survival < 0.5 - tol) return (step.time + later.time) / 2;
      }
      return step.time;
    }
  }
  return Number.NaN;
}
