/**
 * Test helpers of the attack suite: a seeded random generator and the attacker's knowledge of the
 * cell-key perturbation (the p-table is published, the record keys are not).
 */
import { pTableRow } from "@solidata/core";

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random integer in [lo, hi]. */
export function integer(next: () => number, lo: number, hi: number): number {
  return lo + Math.floor(next() * (hi - lo + 1));
}

/** Random record keys, standing for HMAC bytes of a key the attacker does not have. */
export function keysOf(next: () => number, n: number): number[] {
  return Array.from({ length: n }, () => integer(next, 0, 255));
}

/**
 * The exact counts an attacker cannot rule out behind a published perturbed count: every v ≥ k
 * such that some change of v's p-table row gives the published value (0 behind 0).
 */
export function candidatesBehind(published: number, k: number): number[] {
  if (published === 0) return [0];
  const out: number[] = [];
  for (let v = Math.max(k, published - 2); v <= published + 2; v += 1) {
    if (pTableRow(v, k).perturbations.some((p) => v + p === published)) out.push(v);
  }
  return out;
}

/** The exact counts behind a count rounded to a multiple of 5 (never below k). */
export function candidatesBehindRounded(published: number, k: number): number[] {
  const out: number[] = [];
  for (let v = Math.max(k, published - 2); v <= published + 2; v += 1)
    if (Math.round(v / 5) * 5 === published) out.push(v);
  return out;
}
