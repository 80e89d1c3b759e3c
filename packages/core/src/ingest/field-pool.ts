/**
 * The distinct texts of one column's cells, each with a dense id, looked up from the characters of
 * a chunk of text before any string is made. Internal to the ingest module: the tokenizer hashes a
 * field while it looks for its end and asks the pool; a field met before costs no new string and
 * its column finds its parsed value by id, without hashing a fresh string in a `Map`.
 */
export class FieldPool {
  /** The texts, by id (each an exact copy, never a slice of a chunk). */
  readonly texts: string[] = [];
  private readonly cap: number;
  private mask: number;
  /** Per slot, side by side (one cache line): the hash of its text, then its id + 1 (0: empty slot). */
  private slots: Int32Array;

  /**
   * @param cap - the most texts the pool holds; past it, a new text gets no id
   */
  constructor(cap: number) {
    this.cap = cap;
    this.slots = new Int32Array(2048);
    this.mask = 1023;
  }

  /** Number of texts held. */
  get size(): number {
    return this.texts.length;
  }

  /**
   * The id of the text `s.slice(start, end)`, whose hash is `hash` (see {@link fieldHash}), added
   * when new; -1 when it is new and the pool is full.
   */
  find(s: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const mask = this.mask;
    const slots = this.slots;
    const texts = this.texts;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (;;) {
      const entry = slots[2 * slot + 1] as number;
      if (entry === 0) break;
      if (slots[2 * slot] === hash) {
        const text = texts[entry - 1] as string;
        if (text.length === len && sameChars(text, s, start, len)) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (texts.length >= this.cap) return -1;
    const raw = s.slice(start, end);
    // a slice of 13 characters or more points into the chunk and would keep it alive
    texts.push(len >= 13 ? copyText(raw) : raw);
    const id = texts.length;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = id;
    if (id * 2 > mask) this.grow();
    return id - 1;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    const old = this.slots;
    for (let i = 0; i < old.length; i += 2) {
      const entry = old[i + 1] as number;
      if (entry === 0) continue;
      const hash = old[i] as number;
      let slot = (hash ^ (hash >>> 15)) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = entry;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** The hash the pool expects: FNV-1a over the UTF-16 code units, one step per unit (the tokenizer inlines it). */
export function fieldHash(s: string, start: number, end: number): number {
  let h = FIELD_HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16_777_619);
  return h;
}

/** Start value of {@link fieldHash}. */
export const FIELD_HASH_SEED = -2_128_831_035;

/** The pools of a record's fields by position, and the id each field of the record being handed over got (-1: none). */
export interface CellPools {
  /** Per field position, the pool of its column (none: the field is a plain string). */
  pools: (FieldPool | undefined)[];
  /** Per field position of the record being handed over: its id in the pool, or -1. */
  ids: Int32Array;
}

function sameChars(text: string, s: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(k) !== s.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A copy of a text that holds only its own characters. A slice of a large chunk keeps the whole
 * chunk alive, and `(" " + s).slice(1)` is itself a slice (of a new flat string): the JSON round
 * trip is the cheapest way to get one flat string of the exact size (exact for every text,
 * lone surrogates included).
 */
export function copyText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
