import { cellKey } from "./cell-key.js";
import { pTableRow } from "./p-table.js";
import { K_FLOOR, privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";

/** Options of {@link perturbCount}. */
export interface PerturbCountOptions {
  /** Threshold; default 10 (the public profile). Never below 5. */
  k?: number;
}

/**
 * The published value of a count under the cell-key method: the count plus a small deterministic
 * perturbation (at most ±2) read from {@link P_TABLE} at the cell's key.
 *
 * Why: two reports over overlapping data (January–June and January–July) must not difference to a
 * small count. Exact counts 103 and 100 say that 3 people came only in July; perturbed counts, each
 * off by up to 2 in a way only the key holder can compute, leave the difference anywhere from −1
 * to 7. The perturbation depends only on the records of the cell, so re-running a report, or
 * publishing the same cell in two tables, gives the same value. Zero stays zero; counts from 1 to
 * k − 1 are not published (`null`); no published count falls below k.
 *
 * @param recordKeys - the keys of the records counted in the cell (from the function `recordKeys`), one per record
 * @param value - the exact count (a whole number, usually `recordKeys.length`)
 * @param options - `k` (default 10)
 * @returns the count to publish, or `null` when it is from 1 to k − 1
 * @throws PrivacyError `privacy.bad_option` for a negative or fractional count, `privacy.k_below_floor` when k < 5
 * @example
 * perturbCount([17, 250, 3, 99, 201, 54, 12, 180, 77, 140, 12, 9], 12) // => 11 (cell key 30: change −1)
 * perturbCount([], 0) // => 0
 * perturbCount([1, 2, 3], 3) // => null
 */
export function perturbCount(
  recordKeys: ArrayLike<number> | Iterable<number>,
  value: number,
  options: PerturbCountOptions = {},
): number | null {
  const fn = "perturbCount";
  const k = options.k ?? privacyDefaults("public").k;
  if (!Number.isInteger(k) || k < K_FLOOR)
    throw new PrivacyError("privacy.k_below_floor", { function: fn, floor: K_FLOOR, k });
  if (!Number.isInteger(value) || value < 0) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: "the count must be a whole number, 0 or more",
    });
  }
  if (value === 0) return 0;
  if (value < k) return null;
  const keys =
    Symbol.iterator in Object(recordKeys)
      ? (recordKeys as Iterable<number>)
      : Array.from(recordKeys as ArrayLike<number>);
  const ckey = cellKey(keys);
  const row = pTableRow(value, k);
  let upper = 0;
  for (let i = 0; i < row.shares.length; i += 1) {
    upper += row.shares[i] as number;
    if (ckey < upper) return value + (row.perturbations[i] as number);
  }
  return value;
}
