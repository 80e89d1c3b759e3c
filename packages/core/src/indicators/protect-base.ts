import type { CellStatus } from "./types.js";

/**
 * Protects the base of a published figure: a count of people or records from 1 to k − 1 is
 * hidden (`null`, rule `primary`), so that `n = 6` never sits beside a hidden value.
 *
 * Why: a figure's `n` is a count like any other; publishing it in clear gives back what the value's
 * suppression hid. Zero names nobody and stays published.
 *
 * @param n - the base count
 * @param k - the threshold (5 or more)
 * @returns the count to publish and its status
 * @example
 * protectBase(6, 10) // => { n: null, nStatus: "primary" }
 * protectBase(42, 10) // => { n: 42, nStatus: "ok" }
 */
export function protectBase(n: number, k: number): { n: number | null; nStatus: CellStatus } {
  if (n > 0 && n < k) return { n: null, nStatus: "primary" };
  return { n, nStatus: "ok" };
}
