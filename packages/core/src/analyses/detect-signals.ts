import type { CellStatus } from "../indicators/types.js";
import { iqrFences } from "../stats/iqr-fences.js";
import { modifiedZScores } from "../stats/modified-z-scores.js";

/** The kinds of weak signal {@link detectSignals} finds. */
export const SignalCode = {
  /** a month far from the same months of other years (robust score and interquartile rule) */
  seasonal: "anomaly.seasonal",
  /** a month far from its neighbouring months, when the data has no other year to compare with */
  neighbours: "anomaly.neighbours",
  /** a sudden change of level that lasts: the month and the two after it against the three before */
  shift: "shift",
  /** a category (service, activity) that appears after months without it */
  appeared: "category.appeared",
  /** a category that stops being seen before the end of the data */
  vanished: "category.vanished",
  /** a site that stops reporting before the end of the data */
  silent: "site.silent",
} as const;
export type SignalCode = (typeof SignalCode)[keyof typeof SignalCode];

/** One month of a monthly series, with its privacy status (a missing month is a 0 that is shown). */
export interface MonthlyCell {
  /** `"YYYY-MM"` */
  period: string;
  /** the protected value, `null` when hidden */
  value: number | null;
  status: CellStatus;
}

/** A monthly series of one measure at one place of the breakdown. */
export interface MonthlySeries {
  /** what is counted: `"visits"`, `"people"`, `"hours"`, `"volunteers"` */
  measure: string;
  /** the breakdown, e.g. `{ site: "Antenne Nord" }`; `{}` for the whole association */
  where: Record<string, string>;
  /** one cell per month of the window, in order, without gaps */
  cells: readonly MonthlyCell[];
  /** the values count people or records: a signal then never shows a value from 1 to k − 1 (default true) */
  counts?: boolean;
  /** look for categories that appear or vanish in this series (default false) */
  presence?: boolean;
  /** months where the category has rows (hidden cells included), for `presence` */
  present?: ReadonlySet<string>;
}

/** A weak signal: where, when, which way, what was seen and what was expected. */
export interface Signal {
  code: SignalCode;
  measure: string;
  where: Record<string, string>;
  /** `"YYYY-MM"` */
  period: string;
  direction: "up" | "down";
  observed: number;
  /** the median of the comparison months (the level before, for a shift or a category that vanished) */
  expected: number;
  /**
   * modified z-score for anomalies (0.6745 (x − median) / MAD of the comparison months); base-2
   * logarithm of the ratio of levels for shifts; `null` for categories that appear or vanish
   */
  score: number | null;
}

/** Options of {@link detectSignals}. */
export interface DetectSignalsOptions {
  /** privacy threshold k: values from 1 to k − 1 are never shown (default 10) */
  k?: number;
  /** modified z-score beyond which a month is unusual (default 3.5, as DHIS2 and Iglewicz & Hoaglin) */
  z?: number;
  /** Tukey fence multiplier of the interquartile rule, applied too (default 1.5) */
  iqr?: number;
  /** smallest relative distance from the expected value (default 0.3: 30 %) */
  relative?: number;
  /** ratio of levels that makes a shift (default 1.6: the level multiplied or divided by 1.6 or more) */
  shift?: number;
  /** months without rows at the end that make a category vanish, or before it that make it appear (default 2) */
  quiet?: number;
}

const SEASONAL_MIN = 5;
const NEIGHBOUR_MIN = 6;
const NEIGHBOUR_SPAN = 6;
const SCORE_LIMIT = 99;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const monthIndex = (period: string): number => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const clip = (x: number): number => Math.max(-SCORE_LIMIT, Math.min(SCORE_LIMIT, Math.round(x * 100) / 100));

/**
 * Finds the weak signals of monthly series: months far from what the same months of other years
 * (or, without other years, the neighbouring months) lead to expect, sudden changes of level,
 * categories that appear or vanish, sites that stop reporting.
 *
 * Why: an association is surrounded by figures it never looks at month by month; a drop at one
 * site, a service that quietly stopped, a month twice as busy are what its board would want to
 * hear about. The rules are those of routine health information systems (DHIS2): a robust
 * modified z-score, 0.6745 (x − median) / MAD, beyond 3.5, and the value outside Tukey's fences of
 * the comparison months; a month must pass both and be 30 % away from the median. For counts the
 * scale is never taken below the square root of the median (the month-to-month noise of a count). The comparison
 * months are, when the series has two other years or more of the same season, the same calendar
 * month and its two neighbours in every other year (seasonal); otherwise the six months either side.
 * No signal rests on a hidden cell: the month flagged must be shown and every comparison month
 * used must be shown; a signal whose observed or expected value would be a count from 1 to k − 1
 * is dropped.
 *
 * @param series - monthly series, each with one cell per month of the same window, in order
 * @param options - thresholds (see {@link DetectSignalsOptions})
 * @returns the signals, by series then month
 * @example
 * const cells = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]
 *   .map((period, i) => ({ period, value: i === 5 ? 20 : 60 + (i % 3), status: "ok" as const }));
 * detectSignals([{ measure: "visits", where: { site: "Nord" }, cells }])[0]
 * // => { code: "anomaly.neighbours", period: "2025-06", direction: "down", observed: 20, expected: 61, … }
 */
export function detectSignals(series: readonly MonthlySeries[], options: DetectSignalsOptions = {}): Signal[] {
  const k = options.k ?? 10;
  const zLimit = options.z ?? 3.5;
  const iqrK = options.iqr ?? 1.5;
  const relative = options.relative ?? 0.3;
  const ratioLimit = options.shift ?? 1.6;
  const quiet = options.quiet ?? 2;
  const out: Signal[] = [];
  for (const s of series) {
    const total = series.find((x) => x.measure === s.measure && Object.keys(x.where).length === 0);
    const counts = s.counts ?? true;
    const safe = (v: number): boolean => !counts || v === 0 || v >= k;
    const cells = s.cells;
    const shown = (i: number): number | null => {
      const c = cells[i];
      return c && c.status === "ok" && c.value !== null && Number.isFinite(c.value) ? c.value : null;
    };
    const emit = (signal: Omit<Signal, "measure" | "where">): void => {
      if (!safe(signal.observed) || !safe(signal.expected)) return;
      out.push({ ...signal, measure: s.measure, where: s.where });
    };
    // a category that appears late or vanishes early is a signal of its own (below), not a drop or a rise
    const here = cells.map((c) => s.present?.has(c.period) ?? true);
    const first = here.indexOf(true);
    const last = here.lastIndexOf(true);
    const hasWhere = Object.keys(s.where).length > 0;
    const appears = s.present !== undefined && hasWhere && first >= quiet;
    const vanishes = s.present !== undefined && hasWhere && first >= 0 && last <= cells.length - 1 - quiet;
    const lo = appears ? first : 0;
    const hi = vanishes ? last : cells.length - 1;
    const taken = new Set<number>();
    const starts: number[] = [];
    // sudden changes of level: the month and the two after it against the six months before; for
    // the whole association, the change over the same months of another year taken out
    const run = (values: (a: number, b: number) => (number | null)[], a: number, b: number): number[] | null => {
      const v = values(a, b);
      return v.some((x) => x === null) ? null : (v as number[]);
    };
    const own = (a: number, b: number): (number | null)[] => {
      if (a < lo || b > hi) return [null];
      return Array.from({ length: b - a + 1 }, (_, i) => shown(a + i));
    };
    for (let t = lo + 6; t + 2 <= hi; t++) {
      const pre = run(own, t - 6, t - 1);
      // the month after the three, when there is one, must still be moved (a one-month dip inside
      // a quiet summer is not a change of level)
      const post = run(own, t, Math.min(hi, t + 3));
      if (!pre || !post) continue;
      const before = median(pre);
      if (!(before > 0)) continue;
      let refPre: number[] | null = null;
      let refPost: number[] | null = null;
      // the whole association: its own season, from another year (a category has too few rows to
      // know its season; the persistence rule below keeps its summer dips from looking like drops)
      if (total === s)
        for (const lag of [-12, 12]) {
          refPre = run(own, t - 6 + lag, t - 1 + lag);
          refPost = run(own, t + lag, t + post.length - 1 + lag);
          if (refPre && refPost && median(refPre) > 0 && refPost.every((v) => v > 0)) break;
          refPre = null;
          refPost = null;
        }
      const base = refPre && refPost ? median(refPre) : 1;
      const adjusted = post.map((v, i) => v / before / (refPost && refPre ? (refPost[i] as number) / base : 1));
      // the level moved (the median month) and stayed moved (every month at least half as far)
      const mid = median(adjusted.slice(0, 3));
      const half = Math.sqrt(ratioLimit);
      const up = mid >= ratioLimit && adjusted.every((r) => r >= half);
      const down = mid <= 1 / ratioLimit && adjusted.every((r) => r <= 1 / half);
      const first = post[0] as number;
      const after = median(post.slice(0, 3));
      const ratio = after / before / (refPost && refPre ? median(refPost.slice(0, 3)) / base : 1);
      if (!up && !down) continue;
      emit({
        code: SignalCode.shift,
        period: (cells[t] as MonthlyCell).period,
        direction: up ? "up" : "down",
        observed: round1(first),
        expected: round1(before),
        score: after > 0 ? clip(Math.log2(ratio)) : -SCORE_LIMIT,
      });
      for (let j = t; j < Math.min(cells.length, t + 3); j++) taken.add(j);
      starts.push(t);
      t += 2;
    }
    // unusual months
    for (let t = lo; t <= hi; t++) {
      const x = shown(t);
      if (x === null || taken.has(t)) continue;
      const cell = cells[t] as MonthlyCell;
      // a lasting shift starts a new level: months are compared within their level only
      const from = Math.max(lo, ...starts.filter((b) => b <= t));
      const to = Math.min(hi, ...starts.filter((b) => b > t).map((b) => b - 1));
      const index = monthIndex(cell.period);
      const seasonal: number[] = [];
      const sameMonth: number[] = [];
      const otherYears = new Set<number>();
      /** the months either side and the month itself in other years, by offset (−1, 0, 1) */
      const byOffset = new Map<number, number[]>();
      for (let j = from; j <= to; j++) {
        const delta = monthIndex((cells[j] as MonthlyCell).period) - index;
        const lag = Math.round(delta / 12);
        const v = shown(j);
        if (lag === 0 || Math.abs(delta - 12 * lag) > 1 || v === null) continue;
        seasonal.push(v);
        const offset = delta - 12 * lag;
        byOffset.set(offset, [...(byOffset.get(offset) ?? []), v]);
        if (delta === 12 * lag) {
          otherYears.add(lag);
          sameMonth.push(v);
        }
      }
      let baseline: number[];
      let code: SignalCode;
      if (otherYears.size >= 2 && seasonal.length >= SEASONAL_MIN) {
        // the same month of other years gives the centre (with two other years, their median is a
        // mean: the months either side break the tie); the spread is how much each of these months
        // differs from one year to another, not how much the season moves from one month to the next
        const centre = median([...sameMonth, ...(sameMonth.length < 3 ? [median(seasonal)] : [])]);
        baseline = [...byOffset.values()].flatMap((values) => {
          const m = median(values);
          return values.map((v) => centre + v - m);
        });
        code = SignalCode.seasonal;
      } else {
        baseline = [];
        for (let j = Math.max(from, t - NEIGHBOUR_SPAN); j <= Math.min(to, t + NEIGHBOUR_SPAN); j++) {
          const v = shown(j);
          if (j !== t && v !== null && !taken.has(j)) baseline.push(v);
        }
        if (baseline.length < NEIGHBOUR_MIN) continue;
        code = SignalCode.neighbours;
      }
      const robust = modifiedZScores(baseline);
      const centre = robust.median;
      const spread =
        robust.scale === "mad"
          ? robust.mad / 0.6745
          : (1.253314 * baseline.reduce((a, v) => a + Math.abs(v - centre), 0)) / baseline.length;
      // a count varies by about its square root from month to month (Poisson): a few calm months
      // must not make an ordinary wobble look unusual
      const divisor = counts ? Math.max(spread, Math.sqrt(Math.max(centre, 1))) : spread;
      const z = divisor > 0 ? (x - centre) / divisor : x === centre ? 0 : Math.sign(x - centre) * SCORE_LIMIT;
      const fences = iqrFences(baseline, iqrK);
      const outside = x < fences.lower || x > fences.upper;
      const far = Math.abs(x - centre) >= relative * Math.max(centre, 1);
      if (Math.abs(z) > zLimit && outside && far) {
        emit({
          code,
          period: cell.period,
          direction: x > centre ? "up" : "down",
          observed: round1(x),
          expected: round1(centre),
          score: clip(z),
        });
      }
    }
    // categories that appear or vanish, sites that stop reporting
    if (s.presence) {
      if (appears) {
        const v = shown(first);
        if (v !== null && v > 0)
          emit({
            code: SignalCode.appeared,
            period: (cells[first] as MonthlyCell).period,
            direction: "up",
            observed: round1(v),
            expected: 0,
            score: null,
          });
      }
      if (vanishes) {
        const before: number[] = [];
        for (let j = last; j >= Math.max(first, last - 2); j--) {
          const v = shown(j);
          if (v !== null && v > 0) before.push(v);
        }
        if (before.length > 0)
          emit({
            code: "site" in s.where ? SignalCode.silent : SignalCode.vanished,
            period: (cells[last + 1] as MonthlyCell).period,
            direction: "down",
            observed: 0,
            expected: round1(median(before)),
            score: null,
          });
      }
    }
  }
  return out;
}
