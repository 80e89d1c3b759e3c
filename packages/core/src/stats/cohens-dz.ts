import { completePairs, meanVariance } from "./paired.js";

/**
 * Cohen's d for paired measures (d_z): mean of after − before divided by its standard deviation.
 *
 * Why: a p-value says nothing about how large a change is; d_z is the standard effect size beside
 * a paired t test (0.2 small, 0.5 medium, 0.8 large, by Cohen's conventions). Incomplete pairs are dropped.
 *
 * @param before - baseline values (`null` for missing)
 * @param after - follow-up values, same length and order
 * @throws RangeError when the arrays differ in length or fewer than 2 complete pairs remain
 * @example
 * cohensDz([10, 12, 9, 15], [8, 11, 9, 10]) // => -0.9258…
 */
export function cohensDz(
  before: ArrayLike<number | null | undefined>,
  after: ArrayLike<number | null | undefined>,
): number {
  const pairs = completePairs(before, after, "cohensDz");
  if (pairs.before.length < 2) throw new RangeError("cohensDz: needs at least 2 complete pairs");
  const { mean, variance } = meanVariance(pairs.after.map((a, i) => a - (pairs.before[i] as number)));
  return mean / Math.sqrt(variance);
}
