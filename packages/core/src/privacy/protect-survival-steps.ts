import { K_FLOOR } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";

/** The fields of a survival step that {@link protectSurvivalSteps} reads (a Kaplan–Meier step). */
export interface SurvivalStep {
  time: number;
  /** people at risk just before `time` */
  nRisk: number;
  nEvent: number;
  nCensor: number;
  survival: number;
  lower: number;
  upper: number;
}

/**
 * Groups the steps of a survival curve so that every published step holds at least k events.
 *
 * Why: a Kaplan–Meier curve publishes one step per exact time, so a step of one event at day 213
 * says that one person left after exactly 213 days, and its at-risk count drops by one. Here
 * consecutive steps are merged until they hold k events or more: the merged step is placed at the
 * time of its last event, keeps the at-risk count of its first step, adds up events and censored
 * people, and keeps the estimate and band of its last step (the exact curve at that time, so the
 * median read from the grouped curve is a time of the true curve). Leftover events at the end
 * (fewer than k) join the previous group; a curve with fewer than k events in all keeps only its
 * starting step. Steps after the last published event (only censored people) are not published:
 * their people are added to the censored count of the last group. A leading step without events
 * nor censoring (the start at time 0) is kept as it is.
 *
 * @param steps - the steps in time order (e.g. `kaplanMeier(...).steps`, with a start row at time 0)
 * @param k - the threshold, at least 5
 * @returns new steps, each with 0 or at least k events
 * @throws PrivacyError `privacy.k_below_floor` when k < 5
 * @example
 * protectSurvivalSteps(steps, 10).every((s) => s.nEvent === 0 || s.nEvent >= 10) // => true
 */
export function protectSurvivalSteps<S extends SurvivalStep>(steps: readonly S[], k: number): S[] {
  if (!Number.isInteger(k) || k < K_FLOOR) {
    throw new PrivacyError("privacy.k_below_floor", { function: "protectSurvivalSteps", floor: K_FLOOR, k });
  }
  const out: S[] = [];
  let start = 0;
  const first = steps[0];
  if (first && first.nEvent === 0 && first.nCensor === 0) {
    out.push({ ...first });
    start = 1;
  }
  const origin = out.length;
  let group: S | null = null;
  let events = 0;
  let censored = 0;
  let lastEvent: S | null = null;
  for (let i = start; i < steps.length; i += 1) {
    const step = steps[i] as S;
    if (group === null) group = step;
    events += step.nEvent;
    censored += step.nCensor;
    if (step.nEvent > 0) lastEvent = step;
    if (events >= k && lastEvent !== null) {
      out.push({ ...lastEvent, nRisk: group.nRisk, nEvent: events, nCensor: censored });
      group = null;
      events = 0;
      censored = 0;
      lastEvent = null;
    }
  }
  const last = out.length > origin ? (out[out.length - 1] as S) : null;
  if (last !== null && (events > 0 || censored > 0)) {
    if (events > 0 && lastEvent !== null) {
      // too few events left for a step of their own: the last published step takes them
      out[out.length - 1] = {
        ...lastEvent,
        nRisk: last.nRisk,
        nEvent: last.nEvent + events,
        nCensor: last.nCensor + censored,
      };
    } else {
      out[out.length - 1] = { ...last, nCensor: last.nCensor + censored };
    }
  }
  return out;
}
