import { normalQuantile } from "./distributions.js";

/** A proportion with its Wilson score interval. */
export interface ProportionInterval {
  /** successes / n (NaN when n is 0) */
  estimate: number;
  lower: number;
  upper: number;
  successes: number;
  n: number;
  level: number;
}

/**
 * Wilson score interval for a proportion (without continuity correction).
 *
 * Why: the Wald interval (p ± 1.96·se) collapses to zero width at 0 % and 100 % and undercovers
 * on the small samples associations have; Wilson stays inside [0, 1] and keeps its coverage.
 * Matches R `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * @param successes - number of successes, integer in [0, n]
 * @param n - number of trials, integer ≥ 0 (n = 0 gives NaN bounds)
 * @param level - confidence level in (0, 1), default 0.95
 * @throws RangeError when successes is outside [0, n] or level outside (0, 1)
 * @example
 * wilsonInterval(8, 20) // => { estimate: 0.4, lower: 0.2188…, upper: 0.6134…, successes: 8, n: 20, level: 0.95 }
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): ProportionInterval {
  if (!(n >= 0) || !(successes >= 0) || successes > n) {
    throw new RangeError("wilsonInterval: needs 0 <= successes <= n");
  }
  if (!(level > 0 && level < 1)) throw new RangeError("wilsonInterval: needs a level between 0 and 1");
  if (n === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN, successes, n, level };
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    estimate: p,
    lower: Math.max(0, centre - half),
    upper: Math.min(1, centre + half),
    successes,
    n,
    level,
  };
}
