import { studentTCdf, studentTQuantile } from "./distributions.js";
import { completePairs, meanVariance } from "./paired.js";

/** Result of a paired t test on after − before. */
export interface PairedTTest {
  /** number of complete pairs used */
  n: number;
  /** mean of after − before */
  meanDifference: number;
  /** standard deviation of after − before */
  sdDifference: number;
  t: number;
  df: number;
  /** two-sided p-value */
  pValue: number;
  /** confidence interval of the mean difference */
  lower: number;
  upper: number;
  level: number;
  /**
   * `"constant-difference"` when every pair changed by the same amount (standard deviation 0): the test is not
   * defined, so `t`, `pValue`, `lower` and `upper` are NaN by refusal, not by accident; null otherwise
   */
  refusal: "constant-difference" | null;
}

/**
 * Paired t test of the mean change after − before (two-sided), with its confidence interval.
 *
 * Why: before/after measures on the same people are not independent; the paired test works on each
 * person's change. Pairs with a missing value are dropped (drop-out), so `n` says how many remain.
 * Matches R `t.test(after, before, paired = TRUE)`. When every pair changed by the same amount the test
 * is refused (`refusal: "constant-difference"`), as R refuses ("data are essentially constant").
 *
 * @param before - baseline values; `null` marks a missing value
 * @param after - follow-up values, same length and order as `before`
 * @param level - confidence level in (0, 1), default 0.95
 * @throws RangeError when the arrays differ in length or fewer than 2 complete pairs remain
 * @example
 * pairedTTest([10, 12, 9, 15], [8, 11, 9, 10]).meanDifference // => -2
 * pairedTTest([1, 2, 3], [2, 3, 4]).refusal // => "constant-difference"
 */
export function pairedTTest(
  before: ArrayLike<number | null | undefined>,
  after: ArrayLike<number | null | undefined>,
  level = 0.95,
): PairedTTest {
  const pairs = completePairs(before, after, "pairedTTest");
  const n = pairs.before.length;
  if (n < 2) throw new RangeError("pairedTTest: needs at least 2 complete pairs");
  const diffs = pairs.after.map((a, i) => a - (pairs.before[i] as number));
  const { mean, variance } = meanVariance(diffs);
  const sd = Math.sqrt(variance);
  if (diffs.every((d) => d === diffs[0])) {
    const nan = Number.NaN;
    return {
      n,
      meanDifference: mean,
      sdDifference: 0,
      t: nan,
      df: n - 1,
      pValue: nan,
      lower: nan,
      upper: nan,
      level,
      refusal: "constant-difference",
    };
  }
  const se = sd / Math.sqrt(n);
  const df = n - 1;
  const t = mean / se;
  const pValue = Number.isFinite(t) ? 2 * studentTCdf(-Math.abs(t), df) : Number.NaN;
  const q = studentTQuantile(1 - (1 - level) / 2, df);
  return {
    n,
    meanDifference: mean,
    sdDifference: sd,
    t,
    df,
    pValue,
    lower: mean - q * se,
    upper: mean + q * se,
    level,
    refusal: null,
  };
}
