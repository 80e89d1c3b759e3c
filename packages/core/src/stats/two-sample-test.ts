import { cohensD } from "./cohens-d.js";
import { normalCdf, studentTCdf, studentTQuantile } from "./distributions.js";
import { averageRanks, finiteValues, meanVariance } from "./paired.js";

/** Welch's t test and the Mann–Whitney test of two independent groups, with effect sizes. */
export interface TwoSampleTest {
  nX: number;
  nY: number;
  meanX: number;
  meanY: number;
  /** Welch t test of mean(x) − mean(y) */
  welch: { difference: number; t: number; df: number; pValue: number; lower: number; upper: number; level: number };
  /** Mann–Whitney (Wilcoxon rank-sum): W as in R, two-sided p-value, method used */
  mannWhitney: { statistic: number; pValue: number; method: "exact" | "normal"; rankBiserial: number };
  /** Cohen's d with pooled standard deviation (x − y) */
  cohensD: number;
}

/** Exact null distribution of the rank sum of m items among m + n, as counts of U = 0..m·n. */
function rankSumCounts(m: number, n: number): Float64Array {
  // counts[k][s]: subsets of size k of {1..i} with rank sum s, folded over i; U = s − k(k+1)/2
  const N = m + n;
  const maxS = (N * (N + 1)) / 2;
  const table: Float64Array[] = [];
  for (let k = 0; k <= m; k++) table.push(new Float64Array(maxS + 1));
  (table[0] as Float64Array)[0] = 1;
  for (let i = 1; i <= N; i++) {
    for (let k = Math.min(i, m); k >= 1; k--) {
      const row = table[k] as Float64Array;
      const prev = table[k - 1] as Float64Array;
      for (let s = maxS; s >= i; s--) row[s] = (row[s] as number) + (prev[s - i] as number);
    }
  }
  const offset = (m * (m + 1)) / 2;
  const out = new Float64Array(m * n + 1);
  for (let u = 0; u <= m * n; u++) out[u] = (table[m] as Float64Array)[u + offset] as number;
  return out;
}

/**
 * Compares two independent groups (two arms): Welch's t test, the Mann–Whitney test, Cohen's d and
 * the rank-biserial correlation, all two-sided.
 *
 * Why: an association comparing a treatment and a control arm needs the difference, its interval and
 * an effect size, not a bare p-value; Welch does not assume equal variances, Mann–Whitney covers
 * ordinal answers. Matches R `t.test(x, y)` and `wilcox.test(x, y)`. Missing values are ignored.
 *
 * @param x - values of the first group (at least 2)
 * @param y - values of the second group (at least 2)
 * @param level - confidence level in (0, 1), default 0.95
 * @throws RangeError when a group has fewer than 2 values
 * @example
 * twoSampleTest([5, 6, 7, 8], [3, 4, 5, 6]).welch.difference // => 2
 */
export function twoSampleTest(
  x: ArrayLike<number | null | undefined>,
  y: ArrayLike<number | null | undefined>,
  level = 0.95,
): TwoSampleTest {
  const a = finiteValues(x);
  const b = finiteValues(y);
  if (a.length < 2 || b.length < 2) throw new RangeError("twoSampleTest: needs at least 2 values in each group");
  const nx = a.length;
  const ny = b.length;
  const ma = meanVariance(a);
  const mb = meanVariance(b);
  const vx = ma.variance / nx;
  const vy = mb.variance / ny;
  const se = Math.sqrt(vx + vy);
  const difference = ma.mean - mb.mean;
  const t = difference / se;
  const df = (vx + vy) ** 2 / (vx ** 2 / (nx - 1) + vy ** 2 / (ny - 1));
  const q = studentTQuantile(1 - (1 - level) / 2, df);
  const welch = {
    difference,
    t,
    df,
    pValue: 2 * studentTCdf(-Math.abs(t), df),
    lower: difference - q * se,
    upper: difference + q * se,
    level,
  };

  const { ranks, ties } = averageRanks([...a, ...b]);
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i] as number;
  const w = rx - (nx * (nx + 1)) / 2;
  let pValue: number;
  let method: "exact" | "normal";
  if (nx < 50 && ny < 50 && ties.length === 0) {
    method = "exact";
    const counts = rankSumCounts(nx, ny);
    let total = 0;
    for (const c of counts) total += c;
    let p = 0;
    if (w > (nx * ny) / 2) for (let u = w; u <= nx * ny; u++) p += counts[u] as number;
    else for (let u = 0; u <= w; u++) p += counts[u] as number;
    pValue = Math.min(1, (2 * p) / total);
  } else {
    method = "normal";
    let tieSum = 0;
    for (const t3 of ties) tieSum += t3 * t3 * t3 - t3;
    const N = nx + ny;
    const sigma = Math.sqrt(((nx * ny) / 12) * (N + 1 - tieSum / (N * (N - 1))));
    const z0 = w - (nx * ny) / 2;
    const z = (z0 - Math.sign(z0) * 0.5) / sigma;
    pValue = Math.min(1, 2 * Math.min(normalCdf(z), normalCdf(-z)));
  }
  const rankBiserial = (2 * w) / (nx * ny) - 1;
  return {
    nX: nx,
    nY: ny,
    meanX: ma.mean,
    meanY: mb.mean,
    welch,
    mannWhitney: { statistic: w, pValue, method, rankBiserial },
    cohensD: cohensD(a, b),
  };
}
