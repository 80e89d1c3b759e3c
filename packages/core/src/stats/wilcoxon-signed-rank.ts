import { normalCdf } from "./distributions.js";
import { averageRanks, completePairs } from "./paired.js";

/** Result of a Wilcoxon signed-rank test on after − before. */
export interface WilcoxonSignedRank {
  /** complete pairs with a non-zero difference (zeros are dropped, as in R) */
  n: number;
  /** pairs whose difference was zero, dropped */
  zeros: number;
  /** sum of the ranks of the positive differences (R's V) */
  statistic: number;
  /** two-sided p-value */
  pValue: number;
  /** `"exact"` (n < 50, no ties, no zeros) or `"normal"` (with continuity and tie corrections) */
  method: "exact" | "normal";
  /** matched-pairs rank-biserial correlation (T+ − T−) / (T+ + T−), in [−1, 1] */
  rankBiserial: number;
}

/** Exact null distribution of the signed-rank statistic: counts[v] = number of sign patterns giving V = v. */
function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    for (let v = max; v >= k; v--) counts[v] = (counts[v] as number) + (counts[v - k] as number);
  }
  return counts;
}

/**
 * Wilcoxon signed-rank test of after − before (two-sided) with the matched-pairs rank-biserial correlation.
 *
 * Why: ordinal answers (a 1–5 scale) and skewed scores have no meaningful mean; the signed-rank test
 * and its rank-biserial effect size use only the order of the changes. Incomplete pairs are dropped.
 * Matches R `wilcox.test(after, before, paired = TRUE)` (exact below 50 pairs without ties, else the
 * normal approximation with continuity correction).
 *
 * @param before - baseline values (`null` for missing)
 * @param after - follow-up values, same length and order
 * @throws RangeError when the arrays differ in length or no non-zero difference remains
 * @example
 * wilcoxonSignedRank([1, 2, 3, 4, 5], [2, 4, 3.5, 8, 10]).statistic // => 15
 */
export function wilcoxonSignedRank(
  before: ArrayLike<number | null | undefined>,
  after: ArrayLike<number | null | undefined>,
): WilcoxonSignedRank {
  const pairs = completePairs(before, after, "wilcoxonSignedRank");
  const all = pairs.after.map((a, i) => a - (pairs.before[i] as number));
  const diffs = all.filter((d) => d !== 0);
  const zeros = all.length - diffs.length;
  const n = diffs.length;
  if (n === 0) throw new RangeError("wilcoxonSignedRank: needs at least one non-zero difference");
  const { ranks, ties } = averageRanks(diffs.map(Math.abs));
  let v = 0;
  for (let i = 0; i < n; i++) if ((diffs[i] as number) > 0) v += ranks[i] as number;
  const total = (n * (n + 1)) / 2;
  const rankBiserial = (v - (total - v)) / total;
  let pValue: number;
  let method: "exact" | "normal";
  if (n < 50 && ties.length === 0 && zeros === 0) {
    method = "exact";
    const counts = signedRankCounts(n);
    const all2 = 2 ** n;
    let p: number;
    if (v > total / 2) {
      p = 0;
      for (let k = v; k <= total; k++) p += counts[k] as number;
    } else {
      p = 0;
      for (let k = 0; k <= v; k++) p += counts[k] as number;
    }
    pValue = Math.min(1, (2 * p) / all2);
  } else {
    method = "normal";
    let tieSum = 0;
    for (const t of ties) tieSum += t * t * t - t;
    const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
    const z0 = v - n * (n + 1) * 0.25;
    const z = (z0 - Math.sign(z0) * 0.5) / sigma;
    pValue = Math.min(1, 2 * Math.min(normalCdf(z), normalCdf(-z)));
  }
  return { n, zeros, statistic: v, pValue, method, rankBiserial };
}
