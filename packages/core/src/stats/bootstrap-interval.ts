import { quantilesSorted } from "./quantiles.js";
import { seededRandom } from "./random.js";

/** Options of {@link bootstrapInterval}. */
export interface BootstrapOptions {
  /** number of resamples, default 2000 (at least 100) */
  replicates?: number;
  /** confidence level in (0, 1), default 0.95 */
  level?: number;
  /** seed of the pseudo-random generator, default 1: same seed, same interval */
  seed?: number;
  /**
   * largest share of unusable replicates (the statistic was not a finite number, e.g. a standard deviation of 0 on a
   * resample of identical values) that still gives an interval, default 0.05; above it the interval is refused
   * (`refused: true`, bounds NaN): dropping many such replicates silently narrows the interval
   */
  maxUnusableShare?: number;
}

/** A statistic with its percentile bootstrap interval. */
export interface BootstrapInterval {
  estimate: number;
  lower: number;
  upper: number;
  replicates: number;
  /** replicates whose statistic was not a finite number (left out of the percentiles) */
  unusable: number;
  /** true when `unusable / replicates` exceeds `maxUnusableShare`: no interval (lower and upper NaN) */
  refused: boolean;
  level: number;
  seed: number;
}

/**
 * Percentile bootstrap confidence interval of any statistic of a sample, with a seeded generator.
 *
 * Why: medians, effect sizes and rates on small, skewed samples have no trustworthy formula for their
 * interval; resampling gives one without assumptions, and the seed makes the report reproducible.
 * Replicates where the statistic is not a finite number are counted in `unusable`; beyond
 * `maxUnusableShare` of them (default 5 %) the interval is refused rather than computed on the rest.
 *
 * @param values - the sample (missing values removed by the caller; for paired data, the differences)
 * @param statistic - function of a sample returning a number (e.g. the mean)
 * @param options - replicates (≥ 100, default 2000), level (default 0.95), seed (default 1), maxUnusableShare (0 to 1, default 0.05)
 * @throws RangeError when the sample is empty, replicates < 100, level or maxUnusableShare outside their range
 * @example
 * const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
 * bootstrapInterval([1, 2, 3, 4, 5, 6, 7, 8], mean, { seed: 7 }).estimate // => 4.5
 * const dz = (xs: number[]) => mean(xs) / Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
 * bootstrapInterval([1, 3], dz).refused // => true (half the resamples are [1, 1] or [3, 3])
 */
export function bootstrapInterval(
  values: readonly number[],
  statistic: (sample: number[]) => number,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const replicates = options.replicates ?? 2000;
  const level = options.level ?? 0.95;
  const seed = options.seed ?? 1;
  const maxUnusableShare = options.maxUnusableShare ?? 0.05;
  if (!(maxUnusableShare >= 0 && maxUnusableShare <= 1))
    throw new RangeError("bootstrapInterval: needs a maxUnusableShare between 0 and 1");
  if (values.length === 0) throw new RangeError("bootstrapInterval: needs a non-empty sample");
  if (!(replicates >= 100)) throw new RangeError("bootstrapInterval: needs at least 100 replicates");
  if (!(level > 0 && level < 1)) throw new RangeError("bootstrapInterval: needs a level between 0 and 1");
  const next = seededRandom(seed);
  const n = values.length;
  const sample = new Array<number>(n);
  const stats: number[] = [];
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < n; i++) sample[i] = values[Math.floor(next() * n)] as number;
    const s = statistic(sample);
    if (Number.isFinite(s)) stats.push(s);
  }
  const unusable = replicates - stats.length;
  const refused = unusable / replicates > maxUnusableShare;
  stats.sort((a, b) => a - b);
  const [lower, upper] = refused
    ? [Number.NaN, Number.NaN]
    : quantilesSorted(stats, [(1 - level) / 2, 1 - (1 - level) / 2]);
  return {
    estimate: statistic([...values]),
    lower: lower as number,
    upper: upper as number,
    replicates,
    unusable,
    refused,
    level,
    seed,
  };
}
