import type { Indicators } from "./compute-indicators.js";
import type { IndicatorUnit, ValueFormat } from "./types.js";

/** Which way an indicator should move: toward a higher target, a lower one, or stay at it. */
export const TargetDirection = { increase: "increase", decrease: "decrease", maintain: "maintain" } as const;
export type TargetDirection = (typeof TargetDirection)[keyof typeof TargetDirection];

/** Where an indicator stands: see {@link indicatorProgress} for the rule. */
export const TargetStatus = {
  achieved: "achieved",
  on_track: "on_track",
  behind: "behind",
  /** its figure is hidden by small-cell suppression: nothing is said of its progress */
  hidden: "hidden",
  /** no figure of that id was computed (no file, or a section left out) */
  missing: "missing",
} as const;
export type TargetStatus = (typeof TargetStatus)[keyof typeof TargetStatus];

/** One indicator of a logframe, as the configuration gives it. */
export interface IndicatorTarget {
  id: string;
  label: { fr: string; en: string };
  /** The id of a figure of {@link computeIndicators}, e.g. `"volunteers.hours"`. */
  figure: string;
  baseline: number;
  target: number;
  direction: TargetDirection;
  /** `maintain` only: how far from the target still counts as kept, as a share of |target| (default 0.05). */
  tolerance?: number;
  /** Values planned by date (ISO), in any order. */
  milestones?: readonly { date: string; value: number }[];
}

/** An indicator's standing: its value from the figure, its progress and status. */
export interface IndicatorProgress {
  id: string;
  label: { fr: string; en: string };
  figure: string;
  /** The format of the figure's value (`"count"`, `"hours"`, `"percent"`…). */
  format: ValueFormat;
  /** The figure's value, `null` when hidden or missing. */
  value: number | null;
  /** The base of the figure (protected like the figure's own `n`), `null` when hidden or missing. */
  n: number | null;
  /** What `n` counts. */
  unit: IndicatorUnit;
  baseline: number;
  target: number;
  direction: TargetDirection;
  /** (value − baseline) / (target − baseline); `null` when hidden, missing, or when target = baseline. */
  progress: number | null;
  status: TargetStatus;
  /** The milestone the status was judged against (the last dated on or before the reference date), if any. */
  milestone: { date: string; value: number } | null;
}

/**
 * Where each indicator of a logframe stands: the value of its figure, its progress from baseline to
 * target, and a status by a stated rule.
 *
 * Why: programmes report against targets ("2 000 volunteer hours in 2025"); the figure comes from
 * the same protected computation as the rest of the report, so a hidden figure stays hidden: its
 * value, progress and status are not published (status `"hidden"`).
 *
 * The rule: `progress = (value − baseline) / (target − baseline)`. For `increase` and `decrease`, an
 * indicator is **achieved** when progress ≥ 1. Otherwise, when a milestone is dated on or before the
 * reference date, it is **on track** when the value has reached the last such milestone in the
 * indicator's direction (value ≥ milestone for an increase, ≤ for a decrease), **behind** if not;
 * without a milestone passed, it is on track when progress > 0 (it moved toward the target), behind
 * otherwise. For `maintain`, it is **achieved** when |value − target| ≤ tolerance × |target|
 * (tolerance 0.05 by default; an exact match when the target is 0), **behind** otherwise.
 *
 * @param indicators - the output of {@link computeIndicators}
 * @param targets - the indicators of the logframe
 * @param options - `date`: the reference date for milestones (ISO; default the period's last day)
 * @returns one standing per target, in order
 * @example
 * indicatorProgress(indicators, [{ id: "h", label: { fr: "Heures", en: "Hours" }, figure: "volunteers.hours", baseline: 6000, target: 10000, direction: "increase" }])[0].progress
 * // => 0.607875 (8431.5 hours)
 */
export function indicatorProgress(
  indicators: Pick<Indicators, "sections" | "period">,
  targets: readonly IndicatorTarget[],
  options: { date?: string } = {},
): IndicatorProgress[] {
  const figures = new Map(indicators.sections.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));
  const date = options.date ?? indicators.period?.to ?? null;
  return targets.map((t) => {
    const f = figures.get(t.figure);
    const base = {
      id: t.id,
      label: t.label,
      figure: t.figure,
      format: f?.format ?? ("decimal" as ValueFormat),
      unit: f?.unit ?? ("record" as IndicatorUnit),
      baseline: t.baseline,
      target: t.target,
      direction: t.direction,
    };
    if (!f) return { ...base, value: null, n: null, progress: null, status: "missing", milestone: null };
    if (f.status !== "ok" || f.value === null)
      return { ...base, value: null, n: null, progress: null, status: "hidden", milestone: null };
    const value = f.value;
    const span = t.target - t.baseline;
    const progress = span === 0 ? null : (value - t.baseline) / span;
    const passed = [...(t.milestones ?? [])]
      .filter((m) => date !== null && m.date <= date)
      .sort((a, b) => a.date.localeCompare(b.date));
    const milestone = passed.at(-1) ?? null;
    let status: TargetStatus;
    if (t.direction === "maintain") {
      const tolerance = (t.tolerance ?? 0.05) * Math.abs(t.target);
      status = Math.abs(value - t.target) <= tolerance ? "achieved" : "behind";
    } else if (progress !== null && progress >= 1) status = "achieved";
    else if (milestone) {
      const reached = t.direction === "increase" ? value >= milestone.value : value <= milestone.value;
      status = reached ? "on_track" : "behind";
    } else status = progress !== null && progress > 0 ? "on_track" : "behind";
    return { ...base, value, n: f.n, progress, status, milestone: t.direction === "maintain" ? null : milestone };
  });
}
