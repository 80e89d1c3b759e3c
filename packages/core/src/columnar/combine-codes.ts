/** Codes of one key column for {@link combineCodes}: per source row, a code in 0 … size − 1. */
export interface KeyCodes {
  readonly codes: Int32Array;
  readonly size: number;
}

/** Dense codes of the combinations of several key columns over a selection of rows. */
export interface CombinedCodes {
  /** Per selected row (in selection order), its combination's code. */
  codes: Int32Array;
  /** Number of distinct combinations. */
  size: number;
  /** Per combination, the source row where it first appears (increasing when the selection is). */
  first: Int32Array;
}

/** Largest cardinality whose codes stay exact in a float64 (2^53). */
const EXACT = 2 ** 53;
/** Largest direct look-up table (entries): 1 MiB of Int32, small enough to stay in cache. */
const DIRECT = 1 << 18;
/** Rows per partition when looking for first occurrences: each partition's hash table stays in cache. */
const PARTITION_ROWS = 2048;

/**
 * Folds key columns into one float64 per selected row (`key × size + code`, in one pass over the rows
 * for as many keys as stay exact together), renumbering densely when the product of their sizes would
 * not stay exact. Returns the keys and their cardinality (an upper bound of the number of distinct
 * keys).
 */
export function foldKeys(
  keys: readonly KeyCodes[],
  rows: ArrayLike<number> | undefined,
  length: number,
): { keys: Float64Array; size: number } {
  const n = rows === undefined ? length : rows.length;
  const acc = new Float64Array(n);
  let size = 1;
  let k = 0;
  while (k < keys.length) {
    if (size * (keys[k] as KeyCodes).size > EXACT) {
      const d = hashTable(acc, undefined);
      size = d.size;
      acc.set(d.codes);
    }
    // the keys folded in this pass
    let end = k;
    while (end < keys.length && size * (keys[end] as KeyCodes).size <= EXACT) size *= (keys[end++] as KeyCodes).size;
    foldPass(acc, keys.slice(k, end), rows);
    k = end;
  }
  return { keys: acc, size };
}

/** One pass over the rows folding several keys into `acc`. */
function foldPass(acc: Float64Array, keys: readonly KeyCodes[], rows: ArrayLike<number> | undefined): void {
  const n = acc.length;
  const codes = keys.map((key) => key.codes);
  const sizes = keys.map((key) => key.size);
  const m = keys.length;
  for (let i = 0; i < n; i++) {
    const row = rows === undefined ? i : (rows[i] as number);
    let value = acc[i] as number;
    for (let j = 0; j < m; j++) value = value * (sizes[j] as number) + ((codes[j] as Int32Array)[row] as number);
    acc[i] = value;
  }
}

/**
 * Numbers the distinct combinations of key codes in order of first appearance: in one pass through a
 * direct table when their cardinality is small, else through a growing open-addressing hash of typed
 * arrays. Internal to the columnar module.
 */
export function combineCodes(
  keys: readonly KeyCodes[],
  rows: ArrayLike<number> | undefined,
  length: number,
): CombinedCodes {
  const n = rows === undefined ? length : rows.length;
  if (n === 0) return { codes: new Int32Array(0), size: 0, first: new Int32Array(0) };
  const product = keys.reduce((p, key) => p * key.size, 1);
  if (product <= DIRECT) return directTable(keys, product, rows, n);
  return hashTable(foldKeys(keys, rows, length).keys, rows);
}

function directTable(
  keys: readonly KeyCodes[],
  size: number,
  rows: ArrayLike<number> | undefined,
  n: number,
): CombinedCodes {
  const table = new Int32Array(size).fill(-1);
  const codes = new Int32Array(n);
  const first = new Int32Array(Math.min(n, size));
  const keyCodes = keys.map((key) => key.codes);
  const sizes = keys.map((key) => key.size);
  const m = keys.length;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const row = rows === undefined ? i : (rows[i] as number);
    let k = 0;
    for (let j = 0; j < m; j++) k = k * (sizes[j] as number) + ((keyCodes[j] as Int32Array)[row] as number);
    let c = table[k] as number;
    if (c < 0) {
      c = next++;
      table[k] = c;
      first[c] = row;
    }
    codes[i] = c;
  }
  return { codes, size: next, first: first.slice(0, next) };
}

/** A 32-bit hash of an integer-valued float64 below 2^53. */
function hash(k: number): number {
  const lo = k >>> 0;
  const hi = (k / 4_294_967_296) | 0;
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi ^ 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return h ^ (h >>> 15);
}

function hashTable(acc: Float64Array, rows: ArrayLike<number> | undefined): CombinedCodes {
  const n = acc.length;
  let capacity = 4096;
  let mask = capacity - 1;
  let slotKeys = new Float64Array(capacity);
  let slotCodes = new Int32Array(capacity).fill(-1);
  const codes = new Int32Array(n);
  let first = new Int32Array(1024);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const k = acc[i] as number;
    let slot = hash(k) & mask;
    for (;;) {
      const c = slotCodes[slot] as number;
      if (c < 0) break;
      if (slotKeys[slot] === k) break;
      slot = (slot + 1) & mask;
    }
    let c = slotCodes[slot] as number;
    if (c < 0) {
      c = next++;
      slotKeys[slot] = k;
      slotCodes[slot] = c;
      if (c === first.length) {
        const grown = new Int32Array(2 * first.length);
        grown.set(first);
        first = grown;
      }
      first[c] = rows === undefined ? i : (rows[i] as number);
      if (2 * next > capacity) {
        // grow: re-insert every key
        const oldKeys = slotKeys;
        const oldCodes = slotCodes;
        capacity *= 2;
        mask = capacity - 1;
        slotKeys = new Float64Array(capacity);
        slotCodes = new Int32Array(capacity).fill(-1);
        for (let s = 0; s < oldCodes.length; s++) {
          const oc = oldCodes[s] as number;
          if (oc < 0) continue;
          const ok = oldKeys[s] as number;
          let t = hash(ok) & mask;
          while ((slotCodes[t] as number) >= 0) t = (t + 1) & mask;
          slotKeys[t] = ok;
          slotCodes[t] = oc;
        }
      }
    }
    codes[i] = c;
  }
  return { codes, size: next, first: first.slice(0, next) };
}

/**
 * The selected rows whose key appears for the first time, in selection order. Rows are first split
 * into partitions by hash (keys copied beside their row), so that each partition's hash table stays
 * in cache: on a million nearly unique keys this is several times faster than one large table.
 */
export function firstOccurrences(acc: Float64Array, rows: ArrayLike<number> | undefined): Int32Array {
  const n = acc.length;
  let bits = 0;
  while (bits < 16 && n >> bits > PARTITION_ROWS) bits++;
  const parts = 1 << bits;
  const shift = 32 - bits;
  // hashes are computed again rather than kept: at 5M rows every array of n numbers is external
  // memory that can trigger a full garbage collection of the whole heap
  const starts = new Int32Array(parts + 1);
  for (let i = 0; i < n; i++) {
    const p = bits > 0 ? (hash(acc[i] as number) >>> shift) + 1 : 1;
    starts[p] = (starts[p] as number) + 1;
  }
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, starts[p + 1] as number);
    starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
  }
  const cursor = starts.slice(0, parts);
  const order = new Int32Array(n);
  const orderKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = acc[i] as number;
    const p = bits > 0 ? hash(k) >>> shift : 0;
    const at = cursor[p] as number;
    cursor[p] = at + 1;
    order[at] = i;
    orderKeys[at] = k;
  }
  let capacity = 16;
  while (capacity < 2 * largest) capacity *= 2;
  const mask = capacity - 1;
  const slotKeys = new Float64Array(capacity);
  const slotStamps = new Int32Array(capacity);
  const isFirst = new Uint8Array(n);
  let count = 0;
  for (let p = 0; p < parts; p++) {
    const stamp = p + 1;
    const end = starts[p + 1] as number;
    for (let j = starts[p] as number; j < end; j++) {
      const k = orderKeys[j] as number;
      let slot = hash(k) & mask;
      for (;;) {
        if (slotStamps[slot] !== stamp) {
          slotStamps[slot] = stamp;
          slotKeys[slot] = k;
          isFirst[order[j] as number] = 1;
          count++;
          break;
        }
        if (slotKeys[slot] === k) break;
        slot = (slot + 1) & mask;
      }
    }
  }
  const kept = new Int32Array(count);
  let m = 0;
  for (let i = 0; i < n; i++) if (isFirst[i] === 1) kept[m++] = rows === undefined ? i : (rows[i] as number);
  return kept;
}
