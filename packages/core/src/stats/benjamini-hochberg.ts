/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), in the order given.
 *
 * Why: testing ten factors at once, one will look "significant" at 5 % by chance alone; the adjusted
 * p-values keep the expected share of false discoveries among the factors called significant at the
 * chosen level. Matches R `p.adjust(p, method = "BH")`; missing values stay missing and do not count.
 *
 * @param pValues - p-values in [0, 1]; `null`, `undefined` and NaN are passed through as NaN
 * @returns the adjusted p-values, same length and order (NaN where the input was missing)
 * @throws RangeError when a p-value is outside [0, 1]
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.2]) // => [0.04, 0.05333…, 0.05333…, 0.2]
 */
export function benjaminiHochberg(pValues: ArrayLike<number | null | undefined>): number[] {
  const out = new Array<number>(pValues.length).fill(Number.NaN);
  const present: number[] = [];
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (typeof p !== "number" || Number.isNaN(p)) continue;
    if (!(p >= 0 && p <= 1)) throw new RangeError("benjaminiHochberg: needs p-values between 0 and 1");
    present.push(i);
  }
  const m = present.length;
  // from the largest p-value down: adjusted = min over j ≥ i of m / j × p(j), capped at 1
  const order = [...present].sort((a, b) => (pValues[b] as number) - (pValues[a] as number));
  let running = 1;
  order.forEach((index, k) => {
    const rank = m - k;
    running = Math.min(running, (m / rank) * (pValues[index] as number));
    out[index] = running;
  });
  return out;
}
