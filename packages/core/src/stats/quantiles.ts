/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman & Fan type 7).
 *
 * Why: the definition R (`quantile()`), NumPy and spreadsheets use by default, so the medians and
 * quartiles of a report match what a volunteer data scientist gets elsewhere.
 *
 * @param values - numbers; `null`, `undefined` and NaN are ignored
 * @param probs - probabilities in [0, 1]
 * @returns one quantile per probability (NaN when no value remains)
 * @throws RangeError when a probability is outside [0, 1]
 * @example
 * quantiles([1, 2, 3, 4, 10], [0.25, 0.5, 0.9]) // => [2, 3, 7.6]
 */
export function quantiles(values: ArrayLike<number | null | undefined>, probs: readonly number[]): number[] {
  for (const p of probs) if (!(p >= 0 && p <= 1)) throw new RangeError("quantiles: needs probabilities in [0, 1]");
  const sorted: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && !Number.isNaN(v)) sorted.push(v);
  }
  sorted.sort((a, b) => a - b);
  return quantilesSorted(sorted, probs);
}

/** Type-7 quantiles of an already sorted array without missing values (internal fast path). */
export function quantilesSorted(sorted: ArrayLike<number>, probs: readonly number[]): number[] {
  const n = sorted.length;
  return probs.map((p) => {
    if (n === 0) return Number.NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    const a = sorted[lo] as number;
    const b = sorted[hi] as number;
    return a + (h - lo) * (b - a);
  });
}
