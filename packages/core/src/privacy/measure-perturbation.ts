import { perturbCount } from "./perturb-count.js";

/** What {@link measurePerturbation} reports over a set of published counts. */
export interface PerturbationEffect {
  /** counts of at least k that were perturbed */
  cells: number;
  /** mean absolute difference between published and exact counts, in people */
  meanAbsoluteDeviation: number;
  /** mean of (published − exact): the bias */
  meanDeviation: number;
  /** largest absolute difference */
  maxAbsoluteDeviation: number;
  /** mean of |published − exact| / exact */
  meanRelativeDeviation: number;
}

/**
 * Measures how much the cell-key perturbation changes a set of counts.
 *
 * Why: a report states its method and what it costs in accuracy ("on these data, published counts
 * are off by 0.5 person on average, never by more than 2"). Counts below k (suppressed) and zeros
 * (never perturbed) are left out.
 *
 * @param cells - each cell's record keys and exact count
 * @param k - the threshold (default 10)
 * @returns cells measured, mean absolute, mean, largest and mean relative deviation (0 when no cell)
 * @example
 * measurePerturbation([{ recordKeys: [5], value: 50 }, { recordKeys: [100], value: 50 }]).meanAbsoluteDeviation // => 1
 */
export function measurePerturbation(
  cells: Iterable<{ recordKeys: ArrayLike<number>; value: number }>,
  k = 10,
): PerturbationEffect {
  let n = 0;
  let abs = 0;
  let signed = 0;
  let max = 0;
  let relative = 0;
  for (const cell of cells) {
    if (cell.value < k) continue;
    const published = perturbCount(cell.recordKeys, cell.value, { k }) as number;
    const d = published - cell.value;
    n += 1;
    abs += Math.abs(d);
    signed += d;
    relative += Math.abs(d) / cell.value;
    if (Math.abs(d) > max) max = Math.abs(d);
  }
  if (n === 0) {
    return { cells: 0, meanAbsoluteDeviation: 0, meanDeviation: 0, maxAbsoluteDeviation: 0, meanRelativeDeviation: 0 };
  }
  return {
    cells: n,
    meanAbsoluteDeviation: abs / n,
    meanDeviation: signed / n,
    maxAbsoluteDeviation: max,
    meanRelativeDeviation: relative / n,
  };
}
