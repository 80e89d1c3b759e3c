/**
 * Internal: blocking rules, their pair counts before any comparison, and the candidate pairs.
 * Not exported from the package.
 */
import type { Field, Prepared } from "./prepare.js";
import type { BlockingKey, BlockingRule } from "./types.js";

/** The default rules for the fields present: each catches the pairs the others miss. */
export function defaultRules(fields: Field[]): BlockingRule[] {
  const has = (name: string) => fields.some((f) => f.name === name);
  const rules: BlockingRule[] = [];
  const rule = (...parts: [string, BlockingKey][]) => {
    if (parts.every(([field]) => has(field))) {
      rules.push({
        name: parts.map(([f, k]) => `${f}.${k}`).join("+"),
        parts: parts.map(([field, key]) => ({ field, key })),
      });
    }
  };
  if (has("first_name") && has("last_name")) rule(["first_name", "names"]);
  else if (has("last_name")) rule(["last_name", "phonetic"]);
  rule(["last_name", "phonetic"], ["birth_date", "year"]);
  rule(["birth_date", "value"], ["first_name", "initial"]);
  rule(["birth_date", "value"], ["last_name", "initial"]);
  rule(["birth_date", "value"], ["postcode", "value"]);
  rule(["email", "value"]);
  rule(["phone", "value"]);
  rule(["national_id", "value"]);
  rule(["postcode", "value"], ["last_name", "phonetic"], ["first_name", "initial"]);
  rule(["postcode", "value"], ["first_name", "phonetic"], ["last_name", "initial"]);
  if (!has("birth_date")) rule(["commune", "value"], ["last_name", "phonetic"]);
  return rules;
}

/** A stricter rule: the same with one more part (a birth year, a postcode, an initial); null when none is left. */
export function stricterRule(rule: BlockingRule, fields: Field[]): BlockingRule | null {
  const used = new Set(rule.parts.flatMap((p) => (p.key === "names" ? ["first_name", "last_name"] : [p.field])));
  const has = (name: string) => fields.some((f) => f.name === name);
  const options: [string, BlockingKey][] = [
    ["birth_date", "year"],
    ["postcode", "value"],
    ["commune", "value"],
    ["first_name", "initial"],
    ["last_name", "initial"],
  ];
  const extra = options.find(([field]) => !used.has(field) && has(field));
  if (extra === undefined) return null;
  const [field, key] = extra;
  return { name: `${rule.name}+${field}.${key}`, parts: [...rule.parts, { field, key }] };
}

/** Codes of the phonetic keys of the name fields, one dictionary for first and last names (so that they can be sorted together). */
const phoneticStore = new WeakMap<Field[], Map<Field, Int32Array>>();
const dictionaryStore = new WeakMap<Field[], Map<string, number>>();

function phoneticCodes(field: Field, prepared: Prepared): Int32Array {
  let byField = phoneticStore.get(prepared.fields);
  if (byField === undefined) {
    byField = new Map();
    phoneticStore.set(prepared.fields, byField);
  }
  let codes = byField.get(field);
  if (codes !== undefined) return codes;
  // one dictionary shared by every name field of these records
  let dictionary = dictionaryStore.get(prepared.fields);
  if (dictionary === undefined) {
    dictionary = new Map<string, number>();
    dictionaryStore.set(prepared.fields, dictionary);
  }
  codes = new Int32Array(prepared.size).fill(-1);
  for (let i = 0; i < prepared.size; i++) {
    const v = field.values[i];
    if (v === null || v === undefined) continue;
    const key = field.phonetic?.[i] || v;
    let code = dictionary.get(key);
    if (code === undefined) {
      code = dictionary.size;
      dictionary.set(key, code);
    }
    codes[i] = code;
  }
  byField.set(field, codes);
  return codes;
}

/** One part of a rule as an integer code per record (-1 when missing) and the number of codes it can take. */
function partCodes(field: Field, key: BlockingKey, prepared: Prepared): { codes: Int32Array; cardinality: number } {
  const n = prepared.size;
  if (key === "value") return { codes: field.codes, cardinality: Math.max(1, field.counts.length) };
  if (key === "phonetic") {
    const codes = phoneticCodes(field, prepared);
    return { codes, cardinality: Math.max(1, codeCount(codes)) };
  }
  if (key === "names") {
    const first = prepared.fields.find((f) => f.name === "first_name");
    const last = prepared.fields.find((f) => f.name === "last_name");
    const codes = new Int32Array(n).fill(-1);
    if (first === undefined || last === undefined) return { codes, cardinality: 1 };
    const a = phoneticCodes(first, prepared);
    const b = phoneticCodes(last, prepared);
    let k = 0;
    for (let i = 0; i < n; i++) k = Math.max(k, a[i] as number, b[i] as number);
    const size = k + 1;
    const pairs = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      if (x < 0 || y < 0) continue;
      const combined = x < y ? x * size + y : y * size + x;
      let code = pairs.get(combined);
      if (code === undefined) {
        code = pairs.size;
        pairs.set(combined, code);
      }
      codes[i] = code;
    }
    return { codes, cardinality: Math.max(1, pairs.size) };
  }
  const codes = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = field.values[i];
    if (v === null || v === undefined || v === "") continue;
    if (key === "initial") codes[i] = v.charCodeAt(0);
    else {
      const year = Number(v.slice(0, 4));
      if (Number.isInteger(year) && year >= 0) codes[i] = year;
    }
  }
  return { codes, cardinality: key === "initial" ? 65536 : 10000 };
}

/** Dictionary codes of a rule's key for every record (0 to the number of keys − 1), -1 when a part is missing. */
export function ruleCodes(rule: BlockingRule, prepared: Prepared): Int32Array {
  const { size } = prepared;
  const out = new Int32Array(size).fill(-1);
  const parts: { codes: Int32Array; cardinality: number }[] = [];
  for (const part of rule.parts) {
    const field = prepared.fields.find((f) => f.name === part.field);
    if (field === undefined) return out;
    parts.push(partCodes(field, part.key, prepared));
  }
  const exact = parts.reduce((m, p) => m * p.cardinality, 1) < Number.MAX_SAFE_INTEGER;
  const dictionary = new Map<number | string, number>();
  for (let i = 0; i < size; i++) {
    let key: number | string = exact ? 0 : "";
    let missing = false;
    for (const part of parts) {
      const c = part.codes[i] as number;
      if (c < 0) {
        missing = true;
        break;
      }
      key = exact ? (key as number) * part.cardinality + c : `${key}${c},`;
    }
    if (missing) continue;
    let code = dictionary.get(key);
    if (code === undefined) {
      code = dictionary.size;
      dictionary.set(key, code);
    }
    out[i] = code;
  }
  return out;
}

function codeCount(codes: Int32Array): number {
  let max = -1;
  for (let i = 0; i < codes.length; i++) if ((codes[i] as number) > max) max = codes[i] as number;
  return max + 1;
}

/** Number of pairs a rule creates, before scoring: within and across tables as asked. */
export function countPairs(codes: Int32Array, prepared: Prepared, within: boolean, across: boolean): number {
  const tables = prepared.offsets.length;
  const K = codeCount(codes);
  const counts = new Float64Array(K * tables);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 0) continue;
    const k = c * tables + (prepared.table[i] as number);
    counts[k] = (counts[k] as number) + 1;
  }
  let total = 0;
  for (let c = 0; c < K; c++) {
    let s = 0;
    let q = 0;
    for (let t = 0; t < tables; t++) {
      const n = counts[c * tables + t] as number;
      s += n;
      q += n * n;
    }
    if (within) total += (q - s) / 2;
    if (across) total += (s * s - q) / 2;
  }
  return total;
}

/** Growable pair list in two typed arrays. */
export class PairList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  length = 0;
  push(i: number, j: number): void {
    if (this.length === this.a.length) {
      const a = new Int32Array(this.a.length * 2);
      a.set(this.a);
      this.a = a;
      const b = new Int32Array(this.b.length * 2);
      b.set(this.b);
      this.b = b;
    }
    this.a[this.length] = i;
    this.b[this.length] = j;
    this.length++;
  }
}

/**
 * Adds a rule's pairs to the list, skipping those an earlier rule already produced (same code in
 * an earlier rule), so that no set of pairs is ever held. Returns the number of new pairs.
 */
export function addPairs(
  codes: Int32Array,
  earlier: Int32Array[],
  prepared: Prepared,
  within: boolean,
  across: boolean,
  out: PairList,
): number {
  // records ordered by code (counting sort): each block is a run of this order
  const K = codeCount(codes);
  const start = new Int32Array(K + 1);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < K; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[K] as number);
  const next = start.slice(0, K);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 0) continue;
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  const table = prepared.table;
  let added = 0;
  for (let c = 0; c < K; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    if (to - from < 2) continue;
    for (let x = from; x < to; x++) {
      const i = order[x] as number;
      const ti = table[i];
      for (let y = x + 1; y < to; y++) {
        const j = order[y] as number;
        const same = ti === table[j];
        if (same ? !within : !across) continue;
        let seen = false;
        for (const e of earlier) {
          const c = e[i] as number;
          if (c >= 0 && c === e[j]) {
            seen = true;
            break;
          }
        }
        if (seen) continue;
        out.push(i, j);
        added++;
      }
    }
  }
  return added;
}
