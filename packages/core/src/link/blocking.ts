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

/** Dictionary codes of a rule's key for every record, -1 when a part is missing. */
export function ruleCodes(rule: BlockingRule, prepared: Prepared): Int32Array {
  const { size } = prepared;
  const parts = rule.parts.map((part) => {
    const field = prepared.fields.find((f) => f.name === part.field);
    if (field === undefined) return null;
    return { field, key: part.key };
  });
  const codes = new Int32Array(size).fill(-1);
  if (parts.some((p) => p === null)) return codes;
  const first = prepared.fields.find((f) => f.name === "first_name");
  const last = prepared.fields.find((f) => f.name === "last_name");
  const dictionary = new Map<string, number>();
  const keyOf = (i: number, field: Field, key: BlockingKey): string | null => {
    const v = field.values[i];
    if (key === "names") {
      const a = first?.phonetic?.[i] ?? null;
      const b = last?.phonetic?.[i] ?? null;
      if (a === null || b === null || a === "" || b === "") return null;
      return a < b ? `${a}|${b}` : `${b}|${a}`;
    }
    if (v === null || v === undefined) return null;
    if (key === "phonetic") return field.phonetic?.[i] || v;
    if (key === "initial") return v.charAt(0);
    if (key === "year") return v.slice(0, 4);
    return v;
  };
  for (let i = 0; i < size; i++) {
    let key = "";
    let ok = true;
    for (const part of parts) {
      const k = keyOf(i, (part as { field: Field }).field, (part as { key: BlockingKey }).key);
      if (k === null) {
        ok = false;
        break;
      }
      key += `${k}\u0001`;
    }
    if (!ok) continue;
    let code = dictionary.get(key);
    if (code === undefined) {
      code = dictionary.size;
      dictionary.set(key, code);
    }
    codes[i] = code;
  }
  return codes;
}

/** Number of pairs a rule creates, before scoring: within and across tables as asked. */
export function countPairs(codes: Int32Array, prepared: Prepared, within: boolean, across: boolean): number {
  const tables = prepared.offsets.length;
  const counts = new Map<number, number[]>();
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 0) continue;
    let perTable = counts.get(c);
    if (perTable === undefined) {
      perTable = new Array(tables).fill(0);
      counts.set(c, perTable);
    }
    const t = prepared.table[i] as number;
    perTable[t] = (perTable[t] as number) + 1;
  }
  let total = 0;
  for (const perTable of counts.values()) {
    let s = 0;
    let q = 0;
    for (const n of perTable) {
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
  const blocks = new Map<number, number[]>();
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 0) continue;
    const block = blocks.get(c);
    if (block === undefined) blocks.set(c, [i]);
    else block.push(i);
  }
  const table = prepared.table;
  let added = 0;
  for (const block of blocks.values()) {
    const n = block.length;
    if (n < 2) continue;
    for (let x = 0; x < n; x++) {
      const i = block[x] as number;
      const ti = table[i];
      for (let y = x + 1; y < n; y++) {
        const j = block[y] as number;
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
