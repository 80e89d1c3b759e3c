import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  type ChangeCount,
  type CleanReport,
  cleanTable,
  formatMessage,
  fromCSVStream,
  IngestError,
  type IngestReport,
  type IngestResult,
  type Issue,
  type PrepareOptions,
  prepareTable,
  type Recipe,
  type SchemaName,
  scanCSV,
  schemaFields,
  type TextEncoding,
  toCSVChunks,
} from "@solidata/core";
import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import type { OutputFolder } from "../output/open-output-folder.js";
import { OutputError } from "../output/output-error.js";

/** Bytes read at the start of the file to take every decision (whole files up to this size). */
export const CLEAN_SAMPLE_BYTES = 8 * 1024 * 1024;

/** Rows cleaned at a time in the second pass. */
export const CLEAN_BATCH_ROWS = 16_384;

const WARNING_CAP = 1000;

/** Options of {@link cleanStream}. */
export interface CleanStreamOptions {
  /** the file's name as shown (never a path) */
  file: string;
  /** the preparation options of `clean` (kind, mapping, recipe, label decisions, country, language) */
  prepare: PrepareOptions;
  /** the text encoding the user gave, if any */
  encoding?: TextEncoding;
  /** write the CSV files for French Excel (BOM, semicolons, decimal commas) */
  excel?: boolean;
  /** bytes of the decision sample (tests lower it) */
  sampleBytes?: number;
  /** rows per batch (tests lower it) */
  batchRows?: number;
  /** opens the output folder once the file is known to be cleanable (nothing is written before) */
  open: () => Promise<OutputFolder>;
  /** bytes read so far in each pass, for a progress bar; never prints */
  onProgress?: (pass: "sample" | "clean", done: number, total: number) => void;
}

/** What {@link cleanStream} returns. */
export type CleanStreamResult =
  | { state: "refused"; issues: Issue[] }
  /** the file needs the whole table at once (a wide follow-up survey, UTF-16 text): clean it in memory */
  | { state: "whole"; reason: "reshaped" | "utf16" }
  | {
      state: "done";
      out: OutputFolder;
      report: CleanReport;
      recipe: Recipe;
      ingest: { rows: number; issueCounts: Record<string, number> };
    };

/**
 * Cleans a CSV file of any size in bounded memory and writes `clean.csv`, `quarantine.csv` and
 * `duplicates.csv` as it goes: every decision (kind, mapping, date order, identifier case and
 * padding, label merges) is taken on the first {@link CLEAN_SAMPLE_BYTES} bytes (the whole file
 * when smaller), then the file is read again batch by batch with core's `scanCSV`, each batch
 * cleaned with that recipe, missing person identifiers filled from the e-mails and phones seen so
 * far, and rows written twice merged with a table of 16-byte row digests (never the rows).
 *
 * Why: `clean` on a 1 GiB export under a 256 MB heap was refused; a file is cleaned one batch at a
 * time, and on a file no larger than the sample the output is byte for byte the in-memory one
 * (tested). On a larger file, decisions come from the sample: a label first seen later is kept as
 * written and listed in `report.uncovered`, and `report.clusters` / `report.merged` describe the
 * sample.
 *
 * @param path - the CSV file
 * @param options - see {@link CleanStreamOptions}
 * @returns the report and recipe once the files are written (not committed), or why it could not stream
 * @throws IngestError when the file cannot be read (before anything is written, or during the second
 *   pass: then the temporary files are removed); CleanError for a mapping or recipe that cannot apply
 * @example
 * const done = await cleanStream("benevoles.csv", { file: "benevoles.csv", prepare: {}, open });
 * done.state // => "done"
 */
export async function cleanStream(path: string, options: CleanStreamOptions): Promise<CleanStreamResult> {
  const size = (await stat(path)).size;
  const sampleBytes = options.sampleBytes ?? CLEAN_SAMPLE_BYTES;
  const now = options.prepare.now ?? new Date();
  const ingestOptions = {
    file: options.file,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  };

  // 1. the decisions, on the first bytes (cut after a line end), read as the in-memory path reads
  const sample = await readSample(path, sampleBytes, size, options, ingestOptions);
  if (size > sampleBytes && /^utf-?16/i.test(sample.report.encoding ?? "")) return { state: "whole", reason: "utf16" };
  const prepared = await prepareTable(sample, {
    ...options.prepare,
    now,
    fillPersonIds: false,
    mergeDuplicates: false,
  });
  if (prepared.cleaned === null) {
    return {
      state: "refused",
      issues: prepared.issues.length > 0 ? prepared.issues : [{ code: "clean.schema_not_detected", severity: "error" }],
    };
  }
  const decided = prepared.cleaned;
  if (decided.report.rowsIn !== sample.table.numRows()) return { state: "whole", reason: "reshaped" };
  const schema = decided.schema;
  const recipe = decided.recipe;
  const cleanNames = decided.clean.columnNames();
  const quarantineNames = decided.quarantine.columnNames();
  const rawNames = sample.table.columnNames().filter((c) => c !== "_line");
  const hxl: Record<string, string> = {};
  for (const column of sample.report.columns) if (column.hxl) hxl[column.name] = column.hxl;
  const owners = new PersonOwners(cleanNames);
  owners.learn(decided.clean);
  const identity = schema === "groups" ? "group_id" : "person_id";
  const deduper = new StreamDeduper(cleanNames, identity, optionalColumns(schema));
  const { prepare } = options;
  const batchOptions = {
    recipe,
    hxl,
    now,
    fillPersonIds: false,
    mergeDuplicates: false,
    ...(prepare.lang === undefined ? {} : { lang: prepare.lang }),
    ...(prepare.labelDecisions === undefined ? {} : { labelDecisions: prepare.labelDecisions }),
    ...(prepare.vocabularies === undefined ? {} : { vocabularies: prepare.vocabularies }),
    ...(prepare.builtinVocabularies === undefined ? {} : { builtinVocabularies: prepare.builtinVocabularies }),
    ...(prepare.reference === undefined ? {} : { reference: prepare.reference }),
  };

  // 2. the output folder, then every batch cleaned and written as it comes
  const out = await options.open();
  const csv = { excel: options.excel === true };
  const files = {
    clean: new CsvSink(cleanNames, csv),
    quarantine: new CsvSink(quarantineNames, csv),
    duplicates: new CsvSink(DUPLICATE_COLUMNS, csv),
  };
  const sinks = [files.clean, files.quarantine, files.duplicates];
  const writes = (["clean", "quarantine", "duplicates"] as const).map((name) =>
    out
      .write(`${name}.csv`, files[name].chunks(), () => files[name].rows)
      .catch((error: unknown) => {
        // a file that cannot be written stops the reading
        for (const sink of sinks) sink.fail(error);
        throw error;
      }),
  );
  const totals = new Totals(decided.report, prepared.kind ?? schema);
  let ingest: IngestReport | undefined;
  const drive = async (): Promise<void> => {
    try {
      const scan = scanCSV(counted(path, size, options), {
        ...ingestOptions,
        batchSize: options.batchRows ?? CLEAN_BATCH_ROWS,
      });
      let first = true;
      for await (const batch of scan.batches()) {
        const result = await cleanTable(batch, { ...batchOptions, rowFlags: scan.flagsOf(batch) });
        totals.add(result.report, first);
        first = false;
        await files.quarantine.push(conform(result.quarantine, quarantineNames, ""));
        let clean = conform(result.clean, cleanNames, null);
        owners.learn(clean);
        const filled = owners.fill(clean);
        clean = filled.table;
        for (const fill of filled.fills) {
          totals.fill(fill.field);
          totals.warn({
            code: "clean.person_id_filled",
            severity: "info",
            line: fill.line,
            column: decided.report.mapping.find((m) => m.field === "person_id")?.header ?? "person_id",
            value: fill.personId,
            params: { field: fill.field },
          });
        }
        const rawOfLine = rawKeys(batch, rawNames);
        await emit(deduper.push(clean, rawOfLine), files, totals);
      }
      await emit(deduper.end(), files, totals);
      ingest = await scan.report;
      for (const sink of Object.values(files)) sink.close();
    } catch (error) {
      for (const sink of Object.values(files)) sink.fail(error);
      throw error;
    }
  };
  const [reading, ...written] = await Promise.allSettled([drive(), ...writes]);
  const failed = written.find((w) => w.status === "rejected");
  if (reading?.status === "rejected" || failed !== undefined) {
    await out.abort();
    // a file that cannot be read says so; else the first file that could not be written, in file order
    if (reading?.status === "rejected" && !(reading.reason instanceof OutputError)) throw reading.reason;
    throw failed?.status === "rejected" ? failed.reason : (reading as PromiseRejectedResult).reason;
  }
  const report = totals.report(files.clean.rows, files.quarantine.rows, files.duplicates.rows);
  const read = ingest as IngestReport;
  return { state: "done", out, report, recipe, ingest: { rows: read.rows, issueCounts: read.issueCounts } };
}

/** Columns of `duplicates.csv`, as core's `cleanTable` writes them. */
const DUPLICATE_COLUMNS = ["line", "kept_line", "rule", "message_en", "message_fr"];

/**
 * The decision sample: the first bytes read as the in-memory path reads them. A cut inside a quoted
 * field that spans lines leaves an unterminated quote: the sample is then cut one line end earlier,
 * up to 64 times (the error of a whole file is the file's and is thrown).
 */
async function readSample(
  path: string,
  sampleBytes: number,
  size: number,
  options: CleanStreamOptions,
  ingestOptions: { file: string; encoding?: TextEncoding },
): Promise<IngestResult> {
  for (let back = 0; ; back++) {
    try {
      return await fromCSVStream(prefix(path, sampleBytes, size, options, back), {
        ...ingestOptions,
        maxIssuesPerCode: Number.POSITIVE_INFINITY,
      });
    } catch (error) {
      const cut = size > sampleBytes && back < 64;
      if (!cut || !(error instanceof IngestError) || error.issue.code !== "ingest.unterminated_quote") throw error;
    }
  }
}

/** The first bytes of a file, cut after its last line end but `back` (the whole file when it is smaller). */
async function* prefix(
  path: string,
  limit: number,
  size: number,
  options: CleanStreamOptions,
  back = 0,
): AsyncGenerator<Uint8Array> {
  if (size <= limit) {
    yield* counted(path, size, options, "sample");
    return;
  }
  let read = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
    end: limit - 1,
  }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    options.onProgress?.("sample", read, limit);
    if (read < limit) {
      yield chunk;
      continue;
    }
    let cut = chunk.lastIndexOf(10);
    for (let k = 0; k < back && cut > 0; k++) cut = chunk.lastIndexOf(10, cut - 1);
    yield cut < 0 ? chunk : chunk.subarray(0, cut + 1);
  }
}

/** The bytes of a file, counted for the progress bar. */
async function* counted(
  path: string,
  size: number,
  options: CleanStreamOptions,
  pass: "sample" | "clean" = "clean",
): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    options.onProgress?.(pass, read, size);
    yield chunk;
  }
}

/** The table with exactly these columns, in this order (a column it lacks is filled with `fill`). */
function conform(table: ColumnTable, names: readonly string[], fill: null | string): ColumnTable {
  const have = table.columnNames();
  if (have.length === names.length && names.every((n, i) => have[i] === n)) return table;
  const n = table.numRows();
  const data: Record<string, ArrayLike<unknown>> = {};
  for (const name of names) {
    data[name] = have.includes(name) ? (table.array(name) as ArrayLike<unknown>) : new Array(n).fill(fill);
  }
  return aq.table(data);
}

/** A cell as text that keeps its type apart, as core's `mergeDuplicateRows` keys raw rows. */
function cellKey(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `d${v.getTime()}`;
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return `b${v}`;
  return `s${String(v)}`;
}

/** The 16-byte digest of each raw row of a batch, by `_line` (trailing empty cells do not count). */
function rawKeys(batch: ColumnTable, names: readonly string[]): Map<number, Buffer> {
  const present = batch.columnNames();
  const columns = names.filter((n) => present.includes(n)).map((n) => batch.array(n) as ArrayLike<unknown>);
  for (const n of present) if (n !== "_line" && !names.includes(n)) columns.push(batch.array(n) as ArrayLike<unknown>);
  const lines = batch.array("_line") as ArrayLike<number>;
  const keys = new Map<number, Buffer>();
  for (let i = 0; i < batch.numRows(); i++) {
    let key = "";
    for (let c = 0; c < columns.length; c++)
      key += (c > 0 ? "\u0001" : "") + cellKey((columns[c] as ArrayLike<unknown>)[i]);
    keys.set(
      lines[i] as number,
      createHash("md5")
        .update(key.replace(/\u0001+$/, ""))
        .digest(),
    );
  }
  return keys;
}

/** Optional descriptive columns of a schema, as `cleanTable` gives them to `mergeDuplicateRows`. */
function optionalColumns(schema: SchemaName): string[] {
  const descriptive = new Set(["text", "name", "email", "phone", "postcode", "gender", "boolean"]);
  const names = schemaFields[schema]
    .filter((s) => !s.required && s.onInvalid === "blank" && (descriptive.has(s.kind) || s.name === "birth_date"))
    .map((s) => s.name);
  return [...names, "commune_code", "departement", "region"];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function sameCell(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (isEmpty(x) && isEmpty(y)) return true;
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  return false;
}

// --- person identifiers told by an e-mail or phone (core's fillPersonIds, over the whole stream) ---

/** Each e-mail and phone and the identifier it is seen with (null: several), across batches. */
class PersonOwners {
  private readonly from: string[];
  private readonly maps: Map<string, string | null>[];
  private readonly active: boolean;

  constructor(names: readonly string[]) {
    this.active = names.includes("person_id");
    this.from = ["email", "phone"].filter((c) => names.includes(c));
    this.maps = this.from.map(() => new Map());
  }

  learn(table: ColumnTable): void {
    if (!this.active) return;
    const ids = table.array("person_id") as ArrayLike<unknown>;
    const columns = this.from.map((c) => table.array(c) as ArrayLike<unknown>);
    for (let i = 0; i < table.numRows(); i++) {
      const id = ids[i];
      if (!present(id)) continue;
      for (let c = 0; c < columns.length; c++) {
        const v = (columns[c] as ArrayLike<unknown>)[i];
        if (!present(v)) continue;
        const map = this.maps[c] as Map<string, string | null>;
        const known = map.get(v);
        if (known === undefined) map.set(v, id);
        else if (known !== null && known !== id) map.set(v, null);
      }
    }
  }

  fill(table: ColumnTable): { table: ColumnTable; fills: { line: number; personId: string; field: string }[] } {
    const fills: { line: number; personId: string; field: string }[] = [];
    if (!this.active) return { table, fills };
    const ids = table.array("person_id") as ArrayLike<unknown>;
    const lines = table.array("_line") as ArrayLike<number>;
    const columns = this.from.map((c) => table.array(c) as ArrayLike<unknown>);
    const n = table.numRows();
    let filled: unknown[] | undefined;
    for (let i = 0; i < n; i++) {
      if (present(ids[i])) continue;
      let candidate: string | null | undefined;
      let field = "";
      for (let c = 0; c < columns.length && candidate !== null; c++) {
        const v = (columns[c] as ArrayLike<unknown>)[i];
        if (!present(v)) continue;
        const owner = (this.maps[c] as Map<string, string | null>).get(v);
        if (owner === undefined) continue;
        if (owner === null || (candidate !== undefined && candidate !== owner)) candidate = null;
        else if (candidate === undefined) {
          candidate = owner;
          field = this.from[c] as string;
        }
      }
      if (typeof candidate !== "string") continue;
      filled ??= Array.from({ length: n }, (_, k) => ids[k]);
      filled[i] = candidate;
      fills.push({ line: lines[i] as number, personId: candidate, field });
    }
    if (filled === undefined) return { table, fills };
    return { table: table.assign(aq.table({ person_id: filled })), fills };
  }
}

function present(v: unknown): v is string {
  return typeof v === "string" && v !== "";
}

// --- rows written twice (core's mergeDuplicateRows, over the whole stream) -------------------------

type Rule = "identical" | "normalised" | "normalised_missing";

/** What the deduper decided for a run of rows: the clean rows to write, the merges, the possible ones. */
interface Decided {
  table: ColumnTable | null;
  keep: number[];
  merges: { line: number; keptLine: number; rule: Rule }[];
  possible: { line: number; keptLine: number }[];
}

/**
 * Open addressing over typed arrays: for each distinct raw row (16-byte digest), the line of its
 * first occurrence, the line that row stands for, and 8 bytes of the digests of the rows before
 * and after it. About 41 bytes a slot, outside the JavaScript heap.
 */
class DigestTable {
  private capacity = 1 << 16;
  private size = 0;
  private keys = new Uint32Array(this.capacity * 4);
  private used = new Uint8Array(this.capacity);
  firstLine = new Float64Array(this.capacity);
  keptLine = new Float64Array(this.capacity);
  prev = new Uint32Array(this.capacity * 2);
  next = new Uint32Array(this.capacity * 2);
  /** bit 1: has a row before; bit 2: has a row after */
  sides = new Uint8Array(this.capacity);

  /** The slot of a digest, or -1. */
  find(d: Buffer): number {
    const mask = this.capacity - 1;
    const a = d.readUInt32LE(0);
    const b = d.readUInt32LE(4);
    const c = d.readUInt32LE(8);
    const e = d.readUInt32LE(12);
    for (let s = a & mask; ; s = (s + 1) & mask) {
      if (this.used[s] === 0) return -1;
      const k = s * 4;
      if (this.keys[k] === a && this.keys[k + 1] === b && this.keys[k + 2] === c && this.keys[k + 3] === e) return s;
    }
  }

  /** Adds a digest (not present) and returns its slot. */
  add(d: Buffer): number {
    if ((this.size + 1) * 10 > this.capacity * 7) this.grow();
    this.size++;
    return this.place(d.readUInt32LE(0), d.readUInt32LE(4), d.readUInt32LE(8), d.readUInt32LE(12));
  }

  private place(a: number, b: number, c: number, e: number): number {
    const mask = this.capacity - 1;
    let s = a & mask;
    while (this.used[s] === 1) s = (s + 1) & mask;
    this.used[s] = 1;
    const k = s * 4;
    this.keys[k] = a;
    this.keys[k + 1] = b;
    this.keys[k + 2] = c;
    this.keys[k + 3] = e;
    return s;
  }

  private grow(): void {
    const old = {
      keys: this.keys,
      used: this.used,
      firstLine: this.firstLine,
      keptLine: this.keptLine,
      prev: this.prev,
      next: this.next,
      sides: this.sides,
    };
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.keys = new Uint32Array(this.capacity * 4);
    this.used = new Uint8Array(this.capacity);
    this.firstLine = new Float64Array(this.capacity);
    this.keptLine = new Float64Array(this.capacity);
    this.prev = new Uint32Array(this.capacity * 2);
    this.next = new Uint32Array(this.capacity * 2);
    this.sides = new Uint8Array(this.capacity);
    for (let s = 0; s < oldCapacity; s++) {
      if (old.used[s] === 0) continue;
      const k = s * 4;
      const t = this.place(
        old.keys[k] as number,
        old.keys[k + 1] as number,
        old.keys[k + 2] as number,
        old.keys[k + 3] as number,
      );
      this.firstLine[t] = old.firstLine[s] as number;
      this.keptLine[t] = old.keptLine[s] as number;
      this.prev[t * 2] = old.prev[s * 2] as number;
      this.prev[t * 2 + 1] = old.prev[s * 2 + 1] as number;
      this.next[t * 2] = old.next[s * 2] as number;
      this.next[t * 2 + 1] = old.next[s * 2 + 1] as number;
      this.sides[t] = old.sides[s] as number;
    }
  }

  /** Whether 8 bytes of a digest equal the stored neighbour (`prev` or `next`) of a slot. */
  same(which: "prev" | "next", slot: number, d: Buffer): boolean {
    const side = which === "prev" ? 1 : 2;
    if (((this.sides[slot] as number) & side) === 0) return false;
    const store = which === "prev" ? this.prev : this.next;
    return store[slot * 2] === d.readUInt32LE(0) && store[slot * 2 + 1] === d.readUInt32LE(4);
  }

  setSide(which: "prev" | "next", slot: number, d: Buffer): void {
    const store = which === "prev" ? this.prev : this.next;
    store[slot * 2] = d.readUInt32LE(0);
    store[slot * 2 + 1] = d.readUInt32LE(4);
    this.sides[slot] = (this.sides[slot] as number) | (which === "prev" ? 1 : 2);
  }
}

/** One clean row waiting for the digest of the row after it. */
interface PendingRow {
  table: ColumnTable;
  row: number;
  line: number;
  digest: Buffer;
  who: boolean;
  values: unknown[];
}

/**
 * Core's `mergeDuplicateRows` as a stream: rows identical as read merged wherever they are (next to
 * each other or in a repeated block), a row equal after cleaning to the one before it merged; one
 * row of look-ahead (a repeat far from its first row is a block when the row after it repeats too).
 */
class StreamDeduper {
  private readonly names: string[];
  private readonly optional: boolean[];
  private readonly identity: string | null;
  private readonly digests = new DigestTable();
  private pending: PendingRow | null = null;
  /** the row before the pending one */
  private prev: { line: number; keptLine: number; digest: Buffer; who: boolean; values: unknown[] } | null = null;
  /** slot of the previous row when it was the first of its digest (its `next` is the pending row) */
  private prevFirstSlot = -1;

  constructor(names: readonly string[], identity: string, optional: readonly string[]) {
    this.names = names.filter((c) => c !== "_line");
    const set = new Set(optional);
    this.optional = this.names.map((c) => set.has(c));
    this.identity = names.includes(identity) ? identity : null;
  }

  /** Feeds a batch of clean rows (with `_line`), with the raw digests by line; returns what is decided. */
  push(table: ColumnTable, digests: Map<number, Buffer>): Decided[] {
    const decided: Decided[] = [];
    const n = table.numRows();
    // a table about no one (no identity column) merges nothing, as in core
    if (this.identity === null)
      return [{ table, keep: Array.from({ length: n }, (_, i) => i), merges: [], possible: [] }];
    const lines = table.array("_line") as ArrayLike<number>;
    const columns = this.names.map((c) => table.array(c) as ArrayLike<unknown>);
    const who = this.identity === null ? null : (table.array(this.identity) as ArrayLike<unknown>);
    const keep: number[] = [];
    const merges: Decided["merges"] = [];
    const possible: Decided["possible"] = [];
    for (let i = 0; i < n; i++) {
      const row: PendingRow = {
        table,
        row: i,
        line: lines[i] as number,
        digest: digests.get(lines[i] as number) as Buffer,
        who: !isEmpty(who?.[i]),
        values: columns.map((c) => c[i]),
      };
      if (this.pending !== null) {
        const p = this.pending;
        const merged = this.decide(p, row.digest);
        if (p.table === table) {
          if (merged === null) keep.push(p.row);
          else merges.push(merged);
        } else decided.push(this.single(p, merged));
        possible.push(...this.possibleOf);
      }
      this.pending = row;
    }
    decided.push({ table, keep, merges, possible });
    return decided;
  }

  /** Decides the last row. */
  end(): Decided[] {
    if (this.pending === null) return [];
    const p = this.pending;
    this.pending = null;
    const merged = this.decide(p, null);
    const d = this.single(p, merged);
    d.possible.push(...this.possibleOf);
    return [d];
  }

  private single(p: PendingRow, merged: Decided["merges"][number] | null): Decided {
    return merged === null
      ? { table: p.table, keep: [p.row], merges: [], possible: [] }
      : { table: null, keep: [], merges: [merged], possible: [] };
  }

  private possibleOf: Decided["possible"] = [];

  /** The merge of row `p` (null: kept), knowing the digest of the row after it; updates the state. */
  private decide(p: PendingRow, next: Buffer | null): Decided["merges"][number] | null {
    this.possibleOf = [];
    const prev = this.prev;
    // the previous row was the first of its digest: this row is the one after it
    if (this.prevFirstSlot >= 0) this.digests.setSide("next", this.prevFirstSlot, p.digest);
    this.prevFirstSlot = -1;
    let keptLine = p.line;
    let merged: Decided["merges"][number] | null = null;
    if (p.who) {
      const slot = this.digests.find(p.digest);
      let identical = false;
      if (slot >= 0) {
        const first = this.digests.firstLine[slot] as number;
        const inBlock =
          (prev !== null && this.digests.same("prev", slot, prev.digest)) ||
          (next !== null && this.digests.same("next", slot, next));
        if ((prev !== null && (prev.line === first || prev.keptLine === first)) || inBlock) {
          keptLine = this.digests.keptLine[slot] as number;
          merged = { line: p.line, keptLine, rule: "identical" };
          identical = true;
        } else this.possibleOf.push({ line: p.line, keptLine: first });
      } else {
        const added = this.digests.add(p.digest);
        this.digests.firstLine[added] = p.line;
        this.digests.keptLine[added] = p.line;
        if (prev !== null) this.digests.setSide("prev", added, prev.digest);
        this.prevFirstSlot = added;
      }
      if (!identical && prev !== null && prev.who) {
        const how = this.compare(prev.values, p.values);
        if (how !== null) {
          keptLine = prev.keptLine;
          merged = { line: p.line, keptLine, rule: how };
          if (this.prevFirstSlot >= 0) this.digests.keptLine[this.prevFirstSlot] = keptLine;
        }
      }
    }
    this.prev = { line: p.line, keptLine, digest: p.digest, who: p.who, values: p.values };
    return merged;
  }

  private compare(a: readonly unknown[], b: readonly unknown[]): Rule | null {
    let missing = false;
    for (let c = 0; c < a.length; c++) {
      const x = a[c];
      const y = b[c];
      if (sameCell(x, y)) continue;
      if (this.optional[c] === true && (isEmpty(x) || isEmpty(y))) {
        missing = true;
        continue;
      }
      return null;
    }
    return missing ? "normalised_missing" : "normalised";
  }
}

/** Writes what the deduper decided: kept rows to clean.csv, merges to duplicates.csv. */
async function emit(decided: Decided[], files: { clean: CsvSink; duplicates: CsvSink }, totals: Totals): Promise<void> {
  for (const d of decided) {
    if (d.table !== null && d.keep.length > 0) {
      const all = d.keep.length === d.table.numRows() && d.keep.every((k, i) => k === i);
      await files.clean.push(all ? d.table : takeRows(d.table, d.keep));
    }
    for (const p of d.possible)
      totals.warn({
        code: "clean.possible_duplicate",
        severity: "info",
        line: p.line,
        params: { kept_line: p.keptLine },
      });
    if (d.merges.length === 0) continue;
    const out: Record<string, unknown[]> = { line: [], kept_line: [], rule: [], message_en: [], message_fr: [] };
    for (const m of d.merges) {
      totals.merge(m.rule);
      const params = { line: m.line, kept: m.keptLine };
      out.line?.push(m.line);
      out.kept_line?.push(m.keptLine);
      out.rule?.push(m.rule);
      out.message_en?.push(formatMessage(`clean.duplicate_${m.rule}`, "en", params));
      out.message_fr?.push(formatMessage(`clean.duplicate_${m.rule}`, "fr", params));
    }
    await files.duplicates.push(aq.table(out));
  }
}

function takeRows(table: ColumnTable, rows: readonly number[]): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const name of table.columnNames()) {
    const values = table.array(name) as ArrayLike<unknown>;
    data[name] = rows.map((r) => values[r]);
  }
  return aq.table(data);
}

// --- the CSV files, written as the batches come ----------------------------------------------------

/** One CSV file fed table by table (its header once), read by the output folder's writer. */
class CsvSink {
  rows = 0;
  private readonly names: readonly string[];
  private readonly options: { excel: boolean };
  private readonly header: string;
  private started = false;
  private queue: string[] = [];
  private done = false;
  private error: unknown = null;
  private wake: (() => void) | null = null;
  private room: (() => void) | null = null;

  constructor(names: readonly string[], options: { excel: boolean }) {
    this.names = names;
    this.options = options;
    const empty = aq.table(Object.fromEntries(names.map((n) => [n, []])));
    this.header = [...toCSVChunks(empty, options)].join("");
  }

  /** Adds the rows of a table (its columns in this file's order); waits when the writer is behind. */
  async push(table: ColumnTable): Promise<void> {
    if (this.error !== null) throw this.error;
    if (!this.started) {
      this.started = true;
      this.queue.push(this.header);
    }
    if (table.numRows() === 0) return;
    this.rows += table.numRows();
    for (const chunk of toCSVChunks(table, { ...this.options, columns: this.names as string[] })) {
      this.queue.push(chunk.startsWith(this.header) ? chunk.slice(this.header.length) : chunk);
    }
    this.wake?.();
    while (this.queue.length > 64 && this.error === null) await new Promise<void>((r) => (this.room = r));
    if (this.error !== null) throw this.error;
  }

  close(): void {
    if (!this.started) {
      this.started = true;
      this.queue.push(this.header);
    }
    this.done = true;
    this.wake?.();
  }

  fail(error: unknown): void {
    this.error = error;
    this.done = true;
    this.wake?.();
    this.room?.();
  }

  async *chunks(): AsyncGenerator<string> {
    for (;;) {
      if (this.error !== null) throw this.error;
      const chunk = this.queue.shift();
      if (chunk !== undefined) {
        if (this.queue.length <= 64) {
          const room = this.room;
          this.room = null;
          room?.();
        }
        yield chunk;
        continue;
      }
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = null;
    }
  }
}

// --- the report, summed over the batches --------------------------------------------------------

class Totals {
  private readonly base: CleanReport;
  private readonly kind: SchemaName;
  private readonly byCode: Record<string, number> = {};
  private readonly mergedByRule: Record<string, number> = {};
  private readonly changes = new Map<string, ChangeCount>();
  private readonly warnings: Issue[] = [];
  private readonly stored: Record<string, number> = {};
  /** changes seen in a batch (the sample's order first) */
  private readonly seen = new Set<string>();
  private readonly warningsByCode: Record<string, number> = {};
  private readonly uncovered = new Map<string, Issue>();
  private rowsIn = 0;
  private ambiguous = 0;

  constructor(base: CleanReport, kind: SchemaName) {
    this.base = base;
    this.kind = kind;
    // the order of the sample's changes, then any new one
    for (const c of base.changes) this.changes.set(`${c.field}\u0000${c.operation}`, { ...c, cells: 0 });
    for (const u of base.uncovered) this.uncovered.set(`${u.code}\u0000${u.column}\u0000${u.value ?? ""}`, u);
  }

  add(report: CleanReport, first: boolean): void {
    this.rowsIn += report.rowsIn;
    this.ambiguous += report.ambiguousPostcodes;
    for (const [code, count] of Object.entries(report.byCode)) this.byCode[code] = (this.byCode[code] ?? 0) + count;
    for (const c of report.changes) this.change(c.field, c.operation, c.cells);
    // warnings about the file (no line) come once; warnings about rows from every batch
    for (const w of report.warnings) if (first || w.line !== undefined) this.warn(w, false);
    for (const [code, count] of Object.entries(report.warningsByCode)) {
      if (!first && report.warnings.some((w) => w.code === code && w.line === undefined)) continue;
      this.warningsByCode[code] = (this.warningsByCode[code] ?? 0) + count;
    }
    for (const u of report.uncovered) {
      if (u.code === "clean.recipe_header_uncovered" || u.code === "clean.recipe_column_missing") continue;
      const key = `${u.code}\u0000${u.column}\u0000${u.value ?? ""}`;
      const known = this.uncovered.get(key);
      const count = Number(u.params?.count ?? 0);
      if (known === undefined) this.uncovered.set(key, u);
      else if (known.params !== undefined)
        known.params = { ...known.params, count: Number(known.params.count ?? 0) + count };
    }
  }

  private change(field: string, operation: string, cells: number): void {
    const key = `${field}\u0000${operation}`;
    this.seen.add(key);
    const known = this.changes.get(key);
    if (known) known.cells += cells;
    else this.changes.set(key, { field, operation, cells });
  }

  fill(field: string): void {
    this.change("person_id", `fill_from_${field}`, 1);
  }

  merge(rule: string): void {
    this.mergedByRule[rule] = (this.mergedByRule[rule] ?? 0) + 1;
  }

  warn(issue: Issue, count = true): void {
    if (count) this.warningsByCode[issue.code] = (this.warningsByCode[issue.code] ?? 0) + 1;
    const stored = (this.stored[issue.code] ?? 0) + 1;
    this.stored[issue.code] = stored;
    if (stored <= WARNING_CAP) this.warnings.push(issue);
  }

  report(clean: number, quarantined: number, merged: number): CleanReport {
    return {
      ...this.base,
      schema: this.kind,
      rowsIn: this.rowsIn,
      rowsClean: clean,
      rowsQuarantined: quarantined,
      rowsMerged: merged,
      mergedByRule: this.mergedByRule,
      byCode: this.byCode,
      changes: [...this.changes.entries()].filter(([key]) => this.seen.has(key)).map(([, c]) => c),
      warnings: this.warnings,
      warningsByCode: this.warningsByCode,
      uncovered: [...this.uncovered.values()],
      ambiguousPostcodes: this.ambiguous,
    };
  }
}
