/**
 * Makes a seeded pseudo-random number generator (mulberry32) returning numbers in [0, 1).
 *
 * Why: bootstrap intervals must be reproducible; the same seed gives the same interval on every
 * machine and in every run, so a report can be regenerated exactly.
 *
 * @param seed - any integer (taken modulo 2^32)
 * @returns a function giving the next number in [0, 1)
 * @example
 * const next = seededRandom(42);
 * next() === seededRandom(42)() // => true
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
