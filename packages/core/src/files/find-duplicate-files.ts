import type { ColumnTable } from "arquero";
import { detectKind } from "../clean/detect-kind.js";
import type { MessageCode } from "../locales/en.js";

/** One file given to {@link findDuplicateFiles}: its name and what is known of it. */
export interface FileToCompare {
  /** how the file is named in messages (its path) */
  name: string;
  /** the file's bytes, to find exact copies */
  bytes?: Uint8Array;
  /** the ingested table, to find the same list saved in another format (CSV and XLSX) */
  table?: ColumnTable;
  /** the file's identifiers, when the caller knows them (else found in `table` from its kind's mapping) */
  ids?: ArrayLike<unknown>;
}

/** Files that hold the same data, and why they are taken to. */
export interface DuplicateFileGroup {
  /** the files, in the order given; the first is the one to keep */
  files: string[];
  /** `same_bytes`: identical files; `same_ids`: the same set of identifiers; `same_rows`: the same rows (no identifier column) */
  reason: "same_bytes" | "same_ids" | "same_rows";
  /** identifiers or rows they share (0 for same bytes) */
  count: number;
  /** stable code of the message: `files.duplicate_bytes` or `files.duplicate_ids` */
  code: MessageCode;
}

/** Fewer identifiers than this prove nothing: two files of two people can share them by chance. */
const MIN_IDS = 3;

/** FNV-1a over the bytes, as text (two 32-bit halves), to bucket candidates before comparing bytes. */
function hashBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b, 0x5bd1e995) >>> 0;
  }
  return `${bytes.length}:${h1.toString(16)}:${h2.toString(16)}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim().toLowerCase();
}

/** The sorted distinct identifiers of a file, or its sorted rows when it has no identifier column. */
function keyOf(file: FileToCompare): { key: string; count: number; reason: "same_ids" | "same_rows" } | null {
  let ids = file.ids;
  const table = file.table;
  if (ids === undefined && table !== undefined) {
    const detection = detectKind(table);
    const idMatch = detection.mapping.find(
      (m) => m.field !== null && (m.field === "person_id" || m.field.endsWith("_id")) && m.confidence >= 0.6,
    );
    if (idMatch) ids = table.array(idMatch.header) as ArrayLike<unknown>;
  }
  if (ids !== undefined) {
    const set = new Set<string>();
    for (let i = 0; i < ids.length; i++) {
      const t = cellText(ids[i]);
      if (t !== "") set.add(t);
    }
    if (set.size < MIN_IDS) return null;
    return { key: [...set].sort().join("\u0001"), count: set.size, reason: "same_ids" };
  }
  if (table === undefined) return null;
  const columns = table
    .columnNames()
    .filter((c) => c !== "_line")
    .sort();
  const arrays = columns.map((c) => table.array(c) as ArrayLike<unknown>);
  const rows = new Set<string>();
  for (let i = 0; i < table.numRows(); i++) rows.add(arrays.map((a) => cellText(a[i])).join("\u0002"));
  if (rows.size < MIN_IDS) return null;
  return {
    key: `${columns.join("\u0002")}\u0003${[...rows].sort().join("\u0001")}`,
    count: rows.size,
    reason: "same_rows",
  };
}

/**
 * Finds files that hold the same data, so they are counted once: exact copies (same bytes), and
 * the same list saved twice in different formats or orders (the same set of identifiers, found from
 * each file's kind mapping, or the same rows when there is no identifier column). Why: the same 20
 * groups given as `.csv` and `.xlsx` must not be reported as 40.
 *
 * @param files - the files, with their bytes and/or ingested tables (or identifiers)
 * @returns the groups of two or more files, first file first; files alone are not listed
 * @example
 * findDuplicateFiles([{ name: "a.csv", bytes: b }, { name: "copy.csv", bytes: b }])[0]?.reason // => "same_bytes"
 */
export function findDuplicateFiles(files: readonly FileToCompare[]): DuplicateFileGroup[] {
  const groups: DuplicateFileGroup[] = [];
  const grouped = new Set<number>();
  // 1. same bytes
  const byHash = new Map<string, number[]>();
  files.forEach((f, i) => {
    if (f.bytes === undefined) return;
    const h = hashBytes(f.bytes);
    byHash.set(h, [...(byHash.get(h) ?? []), i]);
  });
  for (const list of byHash.values()) {
    const rest = [...list];
    while (rest.length > 1) {
      const first = rest.shift() as number;
      const same = rest.filter((j) => sameBytes(files[first]?.bytes as Uint8Array, files[j]?.bytes as Uint8Array));
      if (same.length === 0) continue;
      for (const j of same) rest.splice(rest.indexOf(j), 1);
      const members = [first, ...same];
      // the copies are settled; the first still meets the same list in other formats below
      for (const j of same) grouped.add(j);
      groups.push({
        files: members.map((j) => files[j]?.name as string),
        reason: "same_bytes",
        count: 0,
        code: "files.duplicate_bytes",
      });
    }
  }
  // 2. same identifiers (or rows), among files not already grouped
  const byKey = new Map<string, { members: number[]; count: number; reason: "same_ids" | "same_rows" }>();
  files.forEach((f, i) => {
    if (grouped.has(i)) return;
    const k = keyOf(f);
    if (k === null) return;
    const entry = byKey.get(k.key) ?? { members: [], count: k.count, reason: k.reason };
    entry.members.push(i);
    byKey.set(k.key, entry);
  });
  for (const entry of byKey.values()) {
    if (entry.members.length < 2) continue;
    groups.push({
      files: entry.members.map((j) => files[j]?.name as string),
      reason: entry.reason,
      count: entry.count,
      code: "files.duplicate_ids",
    });
  }
  const position = new Map(files.map((f, i) => [f.name, i]));
  return groups.sort((a, b) => (position.get(a.files[0] ?? "") ?? 0) - (position.get(b.files[0] ?? "") ?? 0));
}
