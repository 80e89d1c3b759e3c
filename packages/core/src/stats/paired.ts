/** Keeps the pairs where both values are finite numbers (internal). */
export function completePairs(
  before: ArrayLike<number | null | undefined>,
  after: ArrayLike<number | null | undefined>,
  caller: string,
): { before: number[]; after: number[] } {
  if (before.length !== after.length) throw new RangeError(`${caller}: needs before and after of the same length`);
  const b: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const x = before[i];
    const y = after[i];
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
      b.push(x);
      a.push(y);
    }
  }
  return { before: b, after: a };
}

/** Finite numbers of a column, missing values dropped (internal). */
export function finiteValues(values: ArrayLike<number | null | undefined>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Mean and sample variance (n − 1) of an array (internal). */
export function meanVariance(values: readonly number[]): { mean: number; variance: number } {
  const n = values.length;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return { mean, variance: n > 1 ? ss / (n - 1) : Number.NaN };
}

/** Average ranks (1-based) with ties given the mean of their positions, and the tie group sizes (internal). */
export function averageRanks(values: readonly number[]): { ranks: number[]; ties: number[] } {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
  const ranks = new Array<number>(values.length);
  const ties: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    if (j > i) ties.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, ties };
}
