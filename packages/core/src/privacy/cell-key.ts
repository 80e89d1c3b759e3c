import { PrivacyError } from "./privacy-error.js";

/**
 * The cell key of a cell: the sum of its records' keys modulo 256 (ONS cell-key method).
 *
 * Why: the perturbation of a published count must depend only on which records are in the cell, so
 * the same people always give the same published value (asking twice, or in two reports, cannot
 * average the noise away), while two different sets of people get unrelated perturbations.
 * Record keys are uniform in 0..255 and secret (see the function `recordKeys`), so the cell key is uniform
 * too and cannot be computed without the key.
 *
 * @param recordKeys - one key per record in the cell (each counted record once), integers 0 to 255
 * @returns an integer from 0 to 255
 * @throws PrivacyError `privacy.bad_option` for a key outside 0..255
 * @example
 * cellKey([200, 100, 7]) // => 51
 * cellKey([]) // => 0
 */
export function cellKey(recordKeys: Iterable<number>): number {
  let sum = 0;
  for (const key of recordKeys) {
    if (!Number.isInteger(key) || key < 0 || key > 255) {
      throw new PrivacyError("privacy.bad_option", {
        function: "cellKey",
        detail: "record keys must be integers from 0 to 255",
      });
    }
    sum = (sum + key) % 256;
  }
  return sum;
}
