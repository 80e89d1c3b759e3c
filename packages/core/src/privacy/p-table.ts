/**
 * One row of the perturbation table: for a count `value`, how many of the 256 cell keys give each
 * perturbation. `shares[i]` cell keys (out of 256) add `perturbations[i]` to the count.
 */
export interface PTableRow {
  perturbations: readonly number[];
  /** Cell keys out of 256 per perturbation; they sum to 256. */
  shares: readonly number[];
}

/**
 * The perturbation table (p-table) of solidata's cell-key method, as a function of how far a count
 * lies above the threshold k. Published in the method text, so it is not a secret: the secret is the
 * key the record keys come from.
 *
 * - a count of 0 is never perturbed (it names nobody); counts from 1 to k − 1 are suppressed, never
 *   published, so no row is needed for them;
 * - `value ≥ k + 2`: −2 (16/256), −1 (40/256), 0 (144/256), +1 (40/256), +2 (16/256): mean 0,
 *   variance 0.81, mean absolute deviation 0.56;
 * - `value = k + 1`: −1 (56/256), 0 (144/256), +1 (40/256), +2 (16/256): mean +0.06;
 * - `value = k`: 0 (200/256), +1 (40/256), +2 (16/256): mean +0.28.
 *
 * No published count falls below k; the largest change is ±2. A count goes down with the
 * probability it goes up wherever the floor k allows it (unbiased from k + 2 upwards).
 */
export const P_TABLE = {
  /** largest absolute perturbation */
  maxNoise: 2,
  atK: { perturbations: [0, 1, 2], shares: [200, 40, 16] },
  atKPlus1: { perturbations: [-1, 0, 1, 2], shares: [56, 144, 40, 16] },
  above: { perturbations: [-2, -1, 0, 1, 2], shares: [16, 40, 144, 40, 16] },
} as const satisfies { maxNoise: number } & Record<"atK" | "atKPlus1" | "above", PTableRow>;

/**
 * The row of {@link P_TABLE} that applies to a count.
 *
 * @param value - a count of at least k
 * @param k - the threshold
 * @returns the p-table row
 * @example
 * pTableRow(10, 10).perturbations // => [0, 1, 2]
 * pTableRow(50, 10).shares // => [16, 40, 144, 40, 16]
 */
export function pTableRow(value: number, k: number): PTableRow {
  if (value <= k) return P_TABLE.atK;
  if (value === k + 1) return P_TABLE.atKPlus1;
  return P_TABLE.above;
}
