import { quantiles } from "./quantiles.js";

/** Tukey's fences of a series. */
export interface IqrFences {
  q1: number;
  q3: number;
  iqr: number;
  /** q1 − k × iqr */
  lower: number;
  /** q3 + k × iqr */
  upper: number;
  k: number;
  /** index (in input order) of each value outside the fences */
  outside: number[];
}

/**
 * Tukey's interquartile-range rule: values below Q1 − k·IQR or above Q3 + k·IQR (k = 1.5, or 3 for
 * "far out") are outliers; quartiles of type 7 (R `quantile()`, NumPy's default).
 *
 * Why: the second rule DHIS2 offers beside the modified z-score; it needs no distribution and its
 * fences can be shown on a chart.
 *
 * @param values - numbers; `null`, `undefined` and NaN are ignored
 * @param k - multiple of the IQR, default 1.5 (> 0)
 * @throws RangeError when k is not a positive number
 * @example
 * iqrFences([30, 28, 31, 29, 6]) // => { q1: 28, q3: 30, iqr: 2, lower: 25, upper: 33, k: 1.5, outside: [4] }
 */
export function iqrFences(values: ArrayLike<number | null | undefined>, k = 1.5): IqrFences {
  if (!(k > 0 && Number.isFinite(k))) throw new RangeError("iqrFences: needs a positive k");
  const [q1, q3] = quantiles(values, [0.25, 0.75]) as [number, number];
  const iqr = q3 - q1;
  const lower = q1 - k * iqr;
  const upper = q3 + k * iqr;
  const outside: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && !Number.isNaN(v) && (v < lower || v > upper)) outside.push(i);
  }
  return { q1, q3, iqr, lower, upper, k, outside };
}
