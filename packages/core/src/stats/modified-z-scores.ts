/** Robust scores of a series with the centre and scale they were computed from. */
export interface ModifiedZScores {
  /** one score per input value (NaN where the value was missing, or when the scale is 0) */
  scores: number[];
  median: number;
  /** median absolute deviation from the median (not rescaled) */
  mad: number;
  /** `"mad"`: 0.6745 (x − median) / MAD; `"mean-ad"`: (x − median) / (1.253314 × mean absolute deviation) when MAD is 0 */
  scale: "mad" | "mean-ad";
}

/**
 * Modified z-scores (Iglewicz & Hoaglin 1993): 0.6745 × (x − median) / MAD, the robust outlier score
 * DHIS2 uses; |score| > 3.5 is the usual outlier rule.
 *
 * Why: a month with 6 visits where 30 are usual is a weak signal worth a look; the plain z-score is
 * pulled by the very outliers it should find, the median and the MAD are not. When more than half the
 * values are equal (MAD = 0) the mean absolute deviation scaled by 1.253314 is used instead (the
 * convention of IBM SPSS Modeler); when that is 0 too every score is NaN.
 *
 * @param values - numbers; `null`, `undefined` and NaN are ignored (their score is NaN)
 * @returns the scores in input order, the median, the MAD and which scale was used
 * @example
 * modifiedZScores([30, 28, 31, 29, 6]).scores.map((z) => Math.round(z * 100) / 100) // => [0.67, -0.67, 1.35, 0, -15.51]
 */
export function modifiedZScores(values: ArrayLike<number | null | undefined>): ModifiedZScores {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) finite.push(v);
  }
  const median = medianOf(finite);
  const mad = medianOf(finite.map((v) => Math.abs(v - median)));
  let scale: "mad" | "mean-ad" = "mad";
  let divisor = mad / 0.6745;
  if (!(mad > 0)) {
    scale = "mean-ad";
    const meanAd = finite.reduce((a, v) => a + Math.abs(v - median), 0) / finite.length;
    divisor = 1.253314 * meanAd;
  }
  const scores = Array.from({ length: values.length }, (_, i) => {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v) || !(divisor > 0)) return Number.NaN;
    return (v - median) / divisor;
  });
  return { scores, median, mad, scale };
}

function medianOf(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
