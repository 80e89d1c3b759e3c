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

/** Postcode and commune (`"75011|paris"`): the worse of the two when both are known, one alone otherwise. */
function placeLevel(a: string, b: string): number {
  const [pa = "", ca = ""] = a.split("|");
  const [pb = "", cb = ""] = b.split("|");
  const pc = pa === "" || pb === "" ? -1 : codeLevel(pa, pb);
  const cm = ca === "" || cb === "" ? -1 : textLevel(ca, cb);
  if (pc < 0 && cm < 0) return 2;
  if (pc < 0) return cm;
  if (cm < 0) return pc;
  if (pc === cm) return pc;
  return Math.min(pc, cm) === 0 ? 1 : 2;
}

function level(field: Field, i: number, j: number, vi: string, vj: string): number {
  switch (field.comparator) {
    case "name":
      return nameLevel(vi, vj, field.phonetic?.[i] ?? vi, field.phonetic?.[j] ?? vj);
    case "birth_date":
      return birthDateLevel(vi, vj, field.days?.[i] ?? Number.NaN, field.days?.[j] ?? Number.NaN);
    case "email":
      return emailLevel(vi, vj);
    case "place":
      return placeLevel(vi, vj);
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
 *
 * @returns whether the names were read the other way round
 */
export function compareRecords(prepared: Prepared, i: number, j: number, out: Uint8Array, offset: number): boolean {
  const fields = prepared.fields;
  const caches = cachesOf(prepared);
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f] as Field;
    const ci = field.codes[i] as number;
    const cj = field.codes[j] as number;
    if (ci < 0 || cj < 0 || !field.compared) out[offset + f] = MISSING;
    else if (ci === cj) out[offset + f] = 0;
    else {
      const cache = caches[f] as Map<number, number>;
      const key = ci < cj ? ci * field.counts.length + cj : cj * field.counts.length + ci;
      let l = cache.get(key);
      if (l === undefined) {
        l = level(field, i, j, field.values[i] as string, field.values[j] as string);
        if (cache.size < CACHE_LIMIT) cache.set(key, l);
      }
      out[offset + f] = l;
    }
  }
  const fi = prepared.firstName;
  const li = prepared.lastName;
  if (fi < 0 || li < 0) return false;
  const lf = out[offset + fi] as number;
  const ll = out[offset + li] as number;
  // with one name equal, reading them the other way round cannot do better
  if (lf === 0 || ll === 0) return false;
  const direct = score(lf) + score(ll);
  const first = fields[fi] as Field;
  const last = fields[li] as Field;
  const swapCache = caches[fields.length] as Map<number, number>;
  const sf = crossLevel(first, last, i, j, swapCache);
  const sl = crossLevel(first, last, j, i, swapCache);
  if (score(sf) + score(sl) < direct) {
    out[offset + fi] = sf;
    out[offset + li] = sl;
    return true;
  }
  return false;
}

/** Most comparisons remembered per field: names and places repeat, so most pairs are looked up. */
const CACHE_LIMIT = 1 << 21;

const cacheStore = new WeakMap<Field[], Map<number, number>[]>();

/** One cache of levels by pair of value codes per field, plus one for first names read as last names. */
function cachesOf(prepared: Prepared): Map<number, number>[] {
  let caches = cacheStore.get(prepared.fields);
  if (caches === undefined) {
    caches = Array.from({ length: prepared.fields.length + 1 }, () => new Map<number, number>());
    cacheStore.set(prepared.fields, caches);
  }
  return caches;
}

function score(levelCode: number): number {
  return levelCode === MISSING ? 2 : levelCode;
}

/** The level of record i's first name against record j's last name. */
function crossLevel(first: Field, last: Field, i: number, j: number, cache: Map<number, number>): number {
  const ci = first.codes[i] as number;
  const cj = last.codes[j] as number;
  if (ci < 0 || cj < 0) return MISSING;
  const key = ci * last.counts.length + cj;
  let l = cache.get(key);
  if (l === undefined) {
    const va = first.values[i] as string;
    const vb = last.values[j] as string;
    l = va === vb ? 0 : nameLevel(va, vb, first.phonetic?.[i] ?? va, last.phonetic?.[j] ?? vb);
    if (cache.size < CACHE_LIMIT) cache.set(key, l);
  }
  return l;
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

/** Level counts of every field over random pairs (all pairs when there are few), where both values exist. */
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
  return counts;
}

/**
 * u from the level counts of random pairs, less the matches among them: a share `matchShare` of
 * random pairs are matches, distributed over the levels as m says (negligible in a large table, but
 * in a small one the few matches would make every agreement look common). Laplace-smoothed.
 */
export function uFromCounts(counts: number[][], m: number[][] | null, matchShare: number): number[][] {
  return counts.map((c, f) => {
    const total = c.reduce((s, x) => s + x, 0);
    const matches = total * matchShare;
    const kept = c.map((x, l) => Math.max(0, x - (m === null ? 0 : matches * ((m[f] as number[])[l] as number))));
    const left = kept.reduce((s, x) => s + x, 0);
    return kept.map((x) => (x + 0.5) / (left + 0.5 * c.length));
  });
}

/** Weight of the starting values in the estimation, in pairs. */
const PSEUDO_PAIRS = 10;

interface Estimate {
  m: number[][];
  u: number[][];
  lambda: number;
  iterations: number;
  converged: boolean;
}

/**
 * Expectation–maximisation of m, u and the match share over the distinct comparison vectors
 * (patterns) of the candidate pairs, weighted by their counts. u starts from the levels of all the
 * compared pairs (most of them are not matches, and they agree on what blocking made them share:
 * starting from random pairs would take every pair of namesakes for a match).
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
  let u = sizes.map((n, f) => {
    const counts = new Array<number>(n).fill(0.5);
    for (let p = 0; p < P; p++) {
      const l = patterns[p * F + f] as number;
      if (l !== MISSING) counts[l] = (counts[l] as number) + (patternCounts[p] as number);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => c / total);
  });
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
    // (the pseudo-counts of u are those of random pairs: a small table keeps sensible estimates)
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
