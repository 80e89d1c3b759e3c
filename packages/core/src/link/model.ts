/**
 * Internal: comparison vectors of pairs, u from random pairs, m and u by expectation–maximisation,
 * match weights with term-frequency adjustment. Not exported from the package.
 */
import { birthDateLevel } from "./compare-birth-dates.js";
import { emailLevel } from "./compare-emails.js";
import { nameLevel } from "./compare-names.js";
import { codeLevel } from "./compare-phones.js";
import { jaroWinkler } from "./jaro-winkler.js";
import { LEVELS } from "./levels.js";
import type { Field, Prepared } from "./prepare.js";

/** Level code of a missing comparison. */
export const MISSING = 255;

function textLevel(a: string, b: string): number {
  if (a === b) return 0;
  return jaroWinkler(a, b) >= 0.88 ? 1 : 2;
}

function level(field: Field, i: number, j: number, vi: string, vj: string): number {
  switch (field.comparator) {
    case "name":
      return nameLevel(vi, vj, field.phonetic?.[i] ?? vi, field.phonetic?.[j] ?? vj);
    case "birth_date":
      return birthDateLevel(vi, vj, field.days?.[i] ?? Number.NaN, field.days?.[j] ?? Number.NaN);
    case "email":
      return emailLevel(vi, vj);
    case "phone":
    case "postcode":
    case "identifier":
      return codeLevel(vi, vj);
    default:
      return textLevel(vi, vj);
  }
}

/**
 * Compares records i and j into `out[offset..offset+fields)`. First and last names are compared
 * in both orders and the better one kept (a first name typed as the last name).
 */
export function compareRecords(prepared: Prepared, i: number, j: number, out: Uint8Array, offset: number): void {
  const fields = prepared.fields;
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f] as Field;
    const ci = field.codes[i] as number;
    const cj = field.codes[j] as number;
    if (ci < 0 || cj < 0) out[offset + f] = MISSING;
    else if (ci === cj) out[offset + f] = 0;
    else out[offset + f] = level(field, i, j, field.values[i] as string, field.values[j] as string);
  }
  const fi = prepared.firstName;
  const li = prepared.lastName;
  if (fi < 0 || li < 0) return;
  const direct = score(out[offset + fi] as number) + score(out[offset + li] as number);
  if (direct === 0) return;
  const first = fields[fi] as Field;
  const last = fields[li] as Field;
  const sf = crossLevel(first, last, i, j);
  const sl = crossLevel(last, first, i, j);
  if (score(sf) + score(sl) < direct) {
    out[offset + fi] = sf;
    out[offset + li] = sl;
  }
}

function score(levelCode: number): number {
  return levelCode === MISSING ? 2 : levelCode;
}

function crossLevel(a: Field, b: Field, i: number, j: number): number {
  const va = a.values[i];
  const vb = b.values[j];
  if (va === null || va === undefined || vb === null || vb === undefined) return MISSING;
  if (va === vb) return 0;
  return nameLevel(va, vb, a.phonetic?.[i] ?? va, b.phonetic?.[j] ?? vb);
}

/** Small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of levels of each field. */
export function levelCounts(prepared: Prepared): number[] {
  return prepared.fields.map((f) => LEVELS[f.comparator].length);
}

/** u of every field level from random pairs (Laplace-smoothed shares among the pairs where both values exist). */
export function randomU(
  prepared: Prepared,
  samples: number,
  seed: number,
  within: boolean,
  across: boolean,
): number[][] {
  const F = prepared.fields.length;
  const sizes = levelCounts(prepared);
  const counts = sizes.map((n) => new Array<number>(n).fill(0));
  const n = prepared.size;
  const buffer = new Uint8Array(F);
  const add = (i: number, j: number) => {
    compareRecords(prepared, i, j, buffer, 0);
    for (let f = 0; f < F; f++) {
      const l = buffer[f] as number;
      if (l !== MISSING) {
        const row = counts[f] as number[];
        row[l] = (row[l] as number) + 1;
      }
    }
  };
  const allowed = (i: number, j: number) => (prepared.table[i] === prepared.table[j] ? within : across);
  if ((n * (n - 1)) / 2 <= samples) {
    // few records: every pair, no sampling
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (allowed(i, j)) add(i, j);
  } else {
    const next = random(seed);
    let drawn = 0;
    let tries = 0;
    while (drawn < samples && tries < samples * 20) {
      tries++;
      const i = Math.floor(next() * n);
      const j = Math.floor(next() * n);
      if (i === j || !allowed(i, j)) continue;
      add(i, j);
      drawn++;
    }
  }
  return counts.map((c) => {
    const total = c.reduce((s, x) => s + x, 0);
    return c.map((x) => (x + 0.5) / (total + 0.5 * c.length));
  });
}

/** Weight of the starting values in the estimation, in pairs. */
const PSEUDO_PAIRS = 10;

export interface Estimate {
  m: number[][];
  u: number[][];
  lambda: number;
  iterations: number;
  converged: boolean;
}

/**
 * Expectation–maximisation of m, u and the match share over the distinct comparison vectors
 * (patterns) of the candidate pairs, weighted by their counts; starts from u of random pairs.
 */
export function estimate(
  patterns: Uint8Array,
  patternCounts: number[],
  sizes: number[],
  uStart: number[][],
  maxIterations: number,
): Estimate {
  const F = sizes.length;
  const P = patternCounts.length;
  const mStart = sizes.map((n) => {
    if (n === 4) return [0.85, 0.08, 0.04, 0.03];
    return [0.9, 0.06, 0.04].slice(0, n).map((x, _i, a) => x / a.reduce((s, y) => s + y, 0));
  });
  let m = mStart.map((row) => row.slice());
  let u = uStart.map((row) => row.slice());
  let lambda = 0.1;
  let iterations = 0;
  let converged = false;
  const floor = 1e-6;
  for (; iterations < maxIterations; ) {
    iterations++;
    // Dirichlet pseudo-counts: a few pairs' worth of the starting values, so that a small table
    // (few candidate pairs) keeps sensible estimates; negligible on large ones
    const mAcc = mStart.map((row) => row.map((x) => x * PSEUDO_PAIRS));
    const uAcc = uStart.map((row) => row.map((x) => x * PSEUDO_PAIRS));
    let wSum = 0.1 * PSEUDO_PAIRS;
    let total = PSEUDO_PAIRS;
    for (let p = 0; p < P; p++) {
      let lm = Math.log(lambda);
      let lu = Math.log(1 - lambda);
      for (let f = 0; f < F; f++) {
        const l = patterns[p * F + f] as number;
        if (l === MISSING) continue;
        lm += Math.log((m[f] as number[])[l] as number);
        lu += Math.log((u[f] as number[])[l] as number);
      }
      const w = 1 / (1 + Math.exp(lu - lm));
      const c = patternCounts[p] as number;
      wSum += w * c;
      total += c;
      for (let f = 0; f < F; f++) {
        const l = patterns[p * F + f] as number;
        if (l === MISSING) continue;
        const mRow = mAcc[f] as number[];
        const uRow = uAcc[f] as number[];
        mRow[l] = (mRow[l] as number) + w * c;
        uRow[l] = (uRow[l] as number) + (1 - w) * c;
      }
    }
    const norm = (acc: number[][]) =>
      acc.map((row) => {
        const s = row.reduce((a, b) => a + b, 0);
        if (s === 0) return row.map(() => 1 / row.length);
        const r = row.map((x) => Math.max(floor, x / s));
        const t = r.reduce((a, b) => a + b, 0);
        return r.map((x) => x / t);
      });
    const nextM = norm(mAcc);
    const nextU = norm(uAcc);
    const nextLambda = Math.min(1 - floor, Math.max(floor, total === 0 ? 0.1 : wSum / total));
    let change = Math.abs(nextLambda - lambda);
    for (let f = 0; f < F; f++) {
      for (let l = 0; l < (sizes[f] as number); l++) {
        change = Math.max(
          change,
          Math.abs(((nextM[f] as number[])[l] as number) - ((m[f] as number[])[l] as number)),
          Math.abs(((nextU[f] as number[])[l] as number) - ((u[f] as number[])[l] as number)),
        );
      }
    }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (change < 1e-5) {
      converged = true;
      break;
    }
  }
  return { m, u, lambda, iterations, converged };
}
