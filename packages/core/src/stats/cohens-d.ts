import { finiteValues, meanVariance } from "./paired.js";

/**
 * Cohen's d for two independent groups: difference of means (x − y) over the pooled standard deviation.
 *
 * Why: the effect size to report beside a comparison of two arms (treatment vs control).
 * Missing values are ignored.
 *
 * @param x - values of the first group (at least 2)
 * @param y - values of the second group (at least 2)
 * @throws RangeError when a group has fewer than 2 values
 * @example
 * cohensD([5, 6, 7, 8], [3, 4, 5, 6]) // => 1.5491…
 */
export function cohensD(x: ArrayLike<number | null | undefined>, y: ArrayLike<number | null | undefined>): number {
  const a = finiteValues(x);
  const b = finiteValues(y);
  if (a.length < 2 || b.length < 2) throw new RangeError("cohensD: needs at least 2 values in each group");
  const ma = meanVariance(a);
  const mb = meanVariance(b);
  const pooled = ((a.length - 1) * ma.variance + (b.length - 1) * mb.variance) / (a.length + b.length - 2);
  return (ma.mean - mb.mean) / Math.sqrt(pooled);
}
