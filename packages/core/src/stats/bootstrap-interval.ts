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
}

/** A statistic with its percentile bootstrap interval. */
export interface BootstrapInterval {
  estimate: number;
  lower: number;
  upper: number;
  replicates: number;
  level: number;
  seed: number;
}

/**
 * Percentile bootstrap confidence interval of any statistic of a sample, with a seeded generator.
 *
 * Why: medians, effect sizes and rates on small, skewed samples have no trustworthy formula for their
 * interval; resampling gives one without assumptions, and the seed makes the report reproducible.
 *
 * @param values - the sample (missing values removed by the caller; for paired data, the differences)
 * @param statistic - function of a sample returning a number (e.g. the mean)
 * @param options - replicates (≥ 100, default 2000), level (default 0.95), seed (default 1)
 * @throws RangeError when the sample is empty, replicates < 100 or level outside (0, 1)
 * @example
 * const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
 * bootstrapInterval([1, 2, 3, 4, 5, 6, 7, 8], mean, { seed: 7 }).estimate // => 4.5
 */
export function bootstrapInterval(
  values: readonly number[],
  statistic: (sample: number[]) => number,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const replicates = options.replicates ?? 2000;
  const level = options.level ?? 0.95;
  const seed = options.seed ?? 1;
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
  stats.sort((a, b) => a - b);
  const [lower, upper] = quantilesSorted(stats, [(1 - level) / 2, 1 - (1 - level) / 2]);
  return {
    estimate: statistic([...values]),
    lower: lower as number,
    upper: upper as number,
    replicates,
    level,
    seed,
  };
}
