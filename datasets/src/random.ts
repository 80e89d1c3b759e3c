/** A seeded source of random draws: the same seed gives the same sequence on every machine. */
export interface Random {
  /** Next number in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal draw (Box-Muller). */
  normal(): number;
}

/**
 * Makes a seeded pseudo-random generator (sfc32 seeded through splitmix32).
 *
 * Why: the generator must write identical bytes for a seed, so tests and benchmarks can rely on it.
 *
 * @param seed - any integer (taken modulo 2^32)
 * @param stream - a salt so that independent parts (people, rows) draw from independent sequences
 * @returns a {@link Random}
 * @example
 * createRandom(1).next() === createRandom(1).next() // => true
 */
export function createRandom(seed: number, stream = 0): Random {
  let s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => p > 0 && next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * Builds a sampler that picks an index with probability proportional to its weight.
 *
 * @param weights - non-negative weights, at least one positive
 * @returns a function drawing an index from a {@link Random}
 * @throws Error when no weight is positive
 * @example
 * weightedPicker([0, 1])(createRandom(1)) // => 1
 */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += Math.max(0, w);
    cumulative[i] = total;
  });
  if (total <= 0) throw new Error("weightedPicker: needs at least one positive weight");
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
