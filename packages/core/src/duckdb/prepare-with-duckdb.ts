import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { type CleanOptions, type CleanResult, cleanTable } from "../clean/clean-table.js";
import { type SchemaName, schemaFields } from "../clean/schemas.js";
import { CodedColumn } from "../columnar/coded-column.js";
import { fromCSV } from "../ingest/from-csv.js";
import type { MessageCode } from "../locales/en.js";
import type { Issue } from "../messages/issue.js";
import { type PreparedTable, prepareTable } from "../pipeline/prepare-table.js";
import { buildDuckDBSql, type DuckDBPlan } from "./build-duckdb-sql.js";
import { type DuckDBModule, loadDuckDB } from "./load-duckdb.js";

/** Bytes of the head of a file that solidata's own detection reads (dialect, header, mapping, recipe). */
export const DUCKDB_SAMPLE_BYTES = 4 * 1024 * 1024;

/**
 * DuckDB's memory budget: past it, its tables spill to a temporary folder (removed afterwards). Its
 * process memory runs 0.4 to 0.9 GB above the budget (the window over every row is held whole), and
 * the clean rows come back to JavaScript while DuckDB still holds them: at 5M rows a 1 GB budget
 * peaked at 1.7 to 2.0 GB, 512 MB at 1.4 GB, below the indicators' own peak, for about 15 s more.
 */
const DUCKDB_MEMORY_LIMIT = "512MB";
/** The kinds of file the DuckDB engine prepares; any other is declined (the JavaScript engine reads it). */
const KINDS: readonly SchemaName[] = ["volunteers", "visits"];
/** Field kinds never sent back to JavaScript: direct identifiers stay inside DuckDB. */
const KEPT_INSIDE = new Set(["name", "email", "phone"]);
/** Descriptive field kinds that may be empty in one of two consecutive duplicates (as solidata's cleaning). */
const DESCRIPTIVE = new Set(["text", "name", "email", "phone", "postcode", "gender", "boolean"]);

/** Options of {@link prepareWithDuckDB}: those of the cleaning that the report passes. */
export interface PrepareWithDuckDBOptions {
  /** file name shown in the appendix; default the path's last part */
  name?: string;
  now?: Date;
  vocabularies?: CleanOptions["vocabularies"];
  country?: string;
  /** bytes of the head read by solidata's detection (default {@link DUCKDB_SAMPLE_BYTES}) */
  sampleBytes?: number;
}

/** What {@link prepareWithDuckDB} returns: the prepared file and the SQL it ran, or why it declined. */
export type DuckDBPrepared =
  | { ok: true; prepared: PreparedTable; sql: string[]; sampled: boolean }
  | { ok: false; issue: Issue };

const decline = (code: MessageCode, file: string, params: Record<string, string | number> = {}): DuckDBPrepared => ({
  ok: false,
  issue: { code, severity: "info", params: { file, ...params } },
});

async function head(path: string, size: number): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const total = (await stat(path)).size;
  const handle = await open(path, "r");
  try {
    const length = Math.min(total, size);
    const buffer = new Uint8Array(length);
    await handle.read(buffer, 0, length, 0);
    if (length === total) return { bytes: buffer, whole: true };
    const last = buffer.lastIndexOf(10);
    return { bytes: buffer.subarray(0, last + 1), whole: false };
  } finally {
    await handle.close();
  }
}

const DAY = 86_400_000;

type OutputType = DuckDBPlan["output"][number]["type"];

/**
 * The clean value of a cell as the text its dictionary integer stands for (equal texts, equal
 * integers: what duplicates are compared on) and as the value given back to JavaScript for a field
 * of that type (a number, a date at midnight UTC of its day, a text; `null` when it is none).
 */
function typedOf(v: unknown, type: OutputType | undefined): { val: string | null; value: unknown } {
  if (v === null || v === undefined || v === "") return { val: null, value: null };
  if (v instanceof Date) {
    const val = v.toISOString().slice(0, 10);
    return {
      val,
      value: type === "day" ? new Date(Math.floor(v.getTime() / DAY) * DAY) : type === "text" ? val : null,
    };
  }
  const val = String(v);
  if (typeof v === "number")
    return { val, value: type === "number" ? (Number.isFinite(v) ? v : null) : type === "text" ? val : null };
  return { val, value: type === "text" ? val : null };
}

/** National prefixes that the phone cleaning reads as an overseas département's own calling code. */
const OVERSEAS = /^0(590|690|691|594|694|596|696|697|262|263|692|693|269|639)/;

/**
 * The text a phone cell cleans exactly like, shared by the ways of writing one number: without the
 * spaces, dots and hyphens between its digits (libphonenumber ignores them), nine digits with the
 * zero the cleaning gives back, "+33" and nine digits written nationally unless that reads as an
 * overseas number. Any other text is kept as written. Each number is then read once by libphonenumber
 * (at 1M rows: 137,920 distinct texts, 42,570 keys, the same clean value for every text).
 */
function phoneKey(raw: string): string {
  const text = raw.trim();
  if (!/^\+?\d[\d .-]*\d$/.test(text)) return raw;
  if (/^[1-9]\d{8}$/.test(text)) return `0${text}`;
  const digits = text.replace(/[ .-]/g, "");
  if (/^[1-9]\d{8}$/.test(digits) || digits.startsWith("00")) return raw;
  if (/^\+33[1-9]\d{8}$/.test(digits) && !OVERSEAS.test(`0${digits.slice(3)}`)) return `0${digits.slice(3)}`;
  return digits;
}

/**
 * Prepares a large CSV file with DuckDB, the way solidata's pipeline would: solidata's detection
 * reads the head of the file (encoding, delimiter, header line, kind, mapping, date order, zero
 * padding, labels: the recipe), solidata's cleaning cleans each mapped column's distinct values
 * (dictionaries registered in DuckDB), and SQL does the rest on every row (problems set aside,
 * identities told by an e-mail or phone, duplicates dropped by solidata's rules). Only the fields the
 * indicators read come back; names, e-mails and phones stay inside DuckDB.
 *
 * Why: JavaScript holds a few million rows at most; DuckDB reads files of any size in little memory,
 * and the figures are still computed and protected by core (`computeIndicators` on the result).
 *
 * @param path - a CSV file (UTF-8; another encoding is declined)
 * @param options - name, "today", vocabularies, country, sample size
 * @returns the prepared table and the SQL run, or `{ ok: false, issue }` when the engine declines
 *   (`duckdb.missing`, `duckdb.not_utf8`, `duckdb.kind_unsupported`, `duckdb.ragged_rows`, `duckdb.read_failed`)
 * @example
 * const r = await prepareWithDuckDB("benevoles.csv");
 * r.ok && r.prepared.kind // => "volunteers"
 */
export async function prepareWithDuckDB(path: string, options: PrepareWithDuckDBOptions = {}): Promise<DuckDBPrepared> {
  const name = options.name ?? basename(path);
  const duckdb = await loadDuckDB();
  if (duckdb === null) return decline("duckdb.missing", name);
  const sample = await head(path, options.sampleBytes ?? DUCKDB_SAMPLE_BYTES);
  const read = fromCSV(sample.bytes, { file: name, maxIssuesPerCode: Number.POSITIVE_INFINITY });
  const ingest = read.report;
  if (ingest.encoding !== "utf-8") return decline("duckdb.not_utf8", name, { encoding: ingest.encoding ?? "" });
  if (ingest.format !== "csv") return decline("duckdb.kind_unsupported", name, { kind: ingest.format });
  if (ingest.issues.some((i) => i.severity === "error")) return decline("duckdb.ragged_rows", name);
  const now = options.now ?? new Date();
  const cleanOptions = {
    mergeLabels: true,
    ...(options.vocabularies ? { vocabularies: options.vocabularies } : {}),
    ...(options.country ? { country: options.country } : {}),
    now,
  };
  const headers = ingest.columns.map((c) => c.name);
  const dialect = {
    file: path,
    delimiter: ingest.delimiter ?? ",",
    quote: ingest.quote ?? '"',
    headerLine: ingest.headerLine ?? 1,
  };
  // DuckDB reads the whole file while solidata's detection reads the head (the read needs the dialect only)
  const readSql = buildDuckDBSql({
    ...dialect,
    columns: headers.map((header, index) => ({ index, header, field: null })),
    identity: "person_id",
    fillFrom: [],
    output: [],
  })[0] as string;
  // DuckDB keeps to a memory budget and spills to a temporary folder past it
  const spill = await mkdtemp(join(tmpdir(), "solidata-duckdb-"));
  const instance = await duckdb.DuckDBInstance.create(":memory:", {
    threads: "2",
    preserve_insertion_order: "true",
    memory_limit: DUCKDB_MEMORY_LIMIT,
    temp_directory: spill,
  });
  const db = await instance.connect();
  const side = await instance.connect();
  const reading = db.run(readSql).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  const stopReading = async (): Promise<void> => {
    db.interrupt();
    await reading;
  };
  try {
    const detected = await prepareTable(read, { kind: "auto", ...cleanOptions });
    const kind = detected.kind;
    if (kind === null || !KINDS.includes(kind) || !detected.cleaned) {
      await stopReading();
      return decline("duckdb.kind_unsupported", name, { kind: kind ?? "" });
    }
    const recipe = detected.cleaned.recipe;
    const specs = schemaFields[kind];
    const specOf = new Map(specs.map((s) => [s.name, s]));
    const fieldOf = new Map(recipe.columns.map((c) => [c.header, c.field]));
    const plan: DuckDBPlan = {
      ...dialect,
      columns: headers.map((header, index) => {
        const field = fieldOf.get(header) ?? null;
        const spec = field === null ? undefined : specOf.get(field);
        const optional =
          spec !== undefined &&
          !spec.required &&
          spec.onInvalid === "blank" &&
          (DESCRIPTIVE.has(spec.kind) || spec.name === "birth_date");
        return { index, header, field, ...(optional ? { optional } : {}) };
      }),
      identity: "person_id",
      fillFrom: ["email", "phone"].filter((f) => [...fieldOf.values()].includes(f)),
      output: specs
        .filter((s) => [...fieldOf.values()].includes(s.name) && !KEPT_INSIDE.has(s.kind))
        .map((s) => ({
          field: s.name,
          type:
            s.kind === "date"
              ? ("day" as const)
              : s.kind === "number" || s.kind === "duration" || s.kind === "integer"
                ? ("number" as const)
                : ("text" as const),
        })),
    };
    if (!plan.columns.some((c) => c.field === "person_id")) {
      await stopReading();
      return decline("duckdb.kind_unsupported", name, { kind });
    }
    const sql = buildDuckDBSql(plan);
    const failure = await reading;
    if (failure !== null) return decline("duckdb.read_failed", name, { reason: failure.message.split("\n")[0] ?? "" });
    await db.run(sql[1] as string);
    // each mapped column's distinct values, listed by DuckDB one after the other while JavaScript cleans the previous
    // ones (solidata's own cleaning with the file's recipe)
    let queue: Promise<unknown> = Promise.resolve();
    const distinctOf = new Map<number, Promise<unknown[]>>();
    for (const column of plan.columns) {
      if (column.field === null) continue;
      const listed = queue.then(
        async () =>
          (await (await side.runAndReadAll(`SELECT DISTINCT c${column.index} FROM raw`)).getColumns())[0] ?? [],
      );
      listed.catch(() => undefined);
      queue = listed.catch(() => undefined);
      distinctOf.set(column.index, listed);
    }
    const typeOf = new Map(plan.output.map((o) => [o.field, o.type]));
    const valuesOf = new Map<string, unknown[]>();
    for (const column of plan.columns) {
      if (column.field === null) continue;
      const field = column.field;
      const distinct = (await distinctOf.get(column.index)) ?? [];
      const values = distinct.map((v) => (v === null ? null : String(v)));
      // the cells the ingest reads as empty ("N/A", "?", "-"…), as found in the head
      const markers = new Set(Object.keys(ingest.columns[column.index]?.nullMarkers ?? {}));
      // phones written with other separators clean alike: each number is read once (libphonenumber is slow)
      const keyed = specOf.get(field)?.kind === "phone" && (recipe.fields[field]?.region ?? "FR") === "FR";
      const keyOf = new Map<string, number>();
      const cells: (string | null)[] = [];
      const slot = values.map((v) => {
        const cell = v !== null && markers.has(v.trim()) ? null : v;
        const key = keyed && cell !== null ? phoneKey(cell) : cell;
        if (key === null) {
          cells.push(null);
          return cells.length - 1;
        }
        let at = keyOf.get(key);
        if (at === undefined) {
          at = cells.push(key) - 1;
          keyOf.set(key, at);
        }
        return at;
      });
      const single = aq.table({ [column.header]: cells, _line: cells.map((_, i) => i + 2) });
      const cleaned = await cleanTable(single, {
        ...cleanOptions,
        recipe,
        mergeDuplicates: false,
        fillPersonIds: false,
      });
      const clean = cleaned.clean;
      const cleanLines = clean.array("_line") as ArrayLike<number>;
      const cleanValues = clean.columnNames().includes(field) ? (clean.array(field) as ArrayLike<unknown>) : [];
      // each cell's clean value and problem, by its place (its line less 2)
      const valueAt = new Array<unknown>(cells.length);
      for (let i = 0; i < cleanLines.length; i++) valueAt[(cleanLines[i] as number) - 2] = cleanValues[i];
      const codeAt = new Array<string | undefined>(cells.length);
      const q = cleaned.quarantine;
      if (q.numRows() > 0) {
        const ql = q.array("line") as ArrayLike<number>;
        const qc = q.array("code") as ArrayLike<string>;
        for (let i = 0; i < ql.length; i++) codeAt[(ql[i] as number) - 2] = String(qc[i]);
      }
      // each clean value once: its integer (0 for an empty cell) is what the rows hold and what comes back, turned
      // back into the value (one string, number or date object per clean value)
      const type = typeOf.get(field);
      const vids = new Map<string, number>();
      const vals: unknown[] = [null];
      const vidAt = new Int32Array(cells.length);
      for (let c = 0; c < cells.length; c++) {
        const { val, value } = typedOf(valueAt[c], type);
        if (val === null) continue;
        let vid = vids.get(val);
        if (vid === undefined) {
          vid = vals.push(value) - 1;
          vids.set(val, vid);
        }
        vidAt[c] = vid;
      }
      await db.run(`CREATE TABLE "d_${field}" (raw VARCHAR, vid INTEGER, code VARCHAR)`);
      const appender = await db.createAppender(`d_${field}`);
      for (let i = 0; i < values.length; i++) {
        const raw = values[i];
        const at = slot[i] as number;
        const code = codeAt[at];
        const vid = vidAt[at] as number;
        if (raw === null || raw === undefined) appender.appendNull();
        else appender.appendVarchar(raw);
        appender.appendInteger(vid);
        if (code === undefined) appender.appendNull();
        else appender.appendVarchar(code);
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
      if (type !== undefined) valuesOf.set(field, vals);
    }
    const count = async (q: string): Promise<number> =>
      Number((await (await db.runAndReadAll(q)).getRows())[0]?.[0] ?? 0);
    const rowsIn = await count("SELECT count(*) FROM raw");
    const steps = sql.slice(2, -1);
    // a table no later statement reads is dropped at once: less for DuckDB to hold or spill
    const reads = (q: string, name: string): boolean => new RegExp(`\\b(FROM|JOIN) ${name}\\b`).test(q);
    const droppable: readonly [string[], string[]][] = [
      [
        ["lined", "raw"],
        ["DROP VIEW lined", "DROP TABLE raw"],
      ],
      [["ordered"], ["DROP TABLE ordered"]],
      [["firsts"], ["DROP TABLE firsts"]],
    ];
    for (const [i, statement] of steps.entries()) {
      await db.run(statement);
      const later = [...steps.slice(i + 1), sql.at(-1) as string];
      for (const [names, drop] of droppable) {
        if (!reads(statement, names[0] as string) || names.some((n) => later.some((q) => reads(q, n)))) continue;
        for (const q of drop) await db.run(q);
      }
    }
    const byCode: Record<string, number> = {};
    for (const [code, n] of await (
      await db.runAndReadAll("SELECT problem, count(*) FROM typed WHERE problem IS NOT NULL GROUP BY ALL")
    ).getRows())
      byCode[String(code)] = Number(n);
    const mergedByRule: Record<string, number> = {};
    for (const [rule, n] of await (await db.runAndReadAll("SELECT rule, count(*) FROM merged GROUP BY ALL")).getRows())
      mergedByRule[String(rule)] = Number(n);
    const quarantine = await tableOf(
      db,
      'SELECT line, problem_column AS "column", problem AS code FROM typed WHERE problem IS NOT NULL ORDER BY line',
    );
    const duplicates = await tableOf(db, "SELECT line, rule FROM merged ORDER BY line");
    const rowsQuarantined = quarantine.numRows();
    const rowsMerged = duplicates.numRows();
    // the typed rows are read no more: DuckDB holds only what the clean rows are read from
    await db.run("DROP VIEW filled");
    await db.run("DROP TABLE typed");
    const clean = await cleanRows(
      db,
      sql.at(-1) as string,
      plan.output,
      valuesOf,
      rowsIn - rowsQuarantined - rowsMerged,
    );
    const base = detected.cleaned.report;
    const cleanedResult: CleanResult = {
      schema: kind,
      clean,
      rowFlags: new Map(),
      quarantine,
      duplicates,
      recipe,
      report: {
        ...base,
        rowsIn,
        rowsClean: clean.numRows(),
        rowsQuarantined,
        rowsMerged,
        mergedByRule,
        byCode,
        // what the cleaning changed cell by cell is known of the head only: said for the whole file only when the head is the file
        ...(sample.whole ? {} : { changes: [], warnings: [], warningsByCode: {}, merged: {}, clusters: {} }),
      },
    };
    return {
      ok: true,
      sampled: !sample.whole,
      sql,
      prepared: { file: name, kind, ingest: { ...ingest, rows: rowsIn }, cleaned: cleanedResult, issues: [] },
    };
  } finally {
    side.closeSync();
    db.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
}

type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDBModule["DuckDBInstance"]["create"]>>["connect"]>>;

async function tableOf(db: Connection, sql: string): Promise<ColumnTable> {
  const reader = await db.runAndReadAll(sql);
  const names = reader.columnNames();
  const columns = reader.getColumns();
  const out: Record<string, unknown[]> = {};
  names.forEach((n, i) => {
    out[n] = (columns[i] ?? []).map((v) =>
      typeof v === "bigint" ? Number(v) : v === null ? null : typeof v === "number" ? v : String(v),
    );
  });
  return aq.table(out);
}

/**
 * The clean rows, chunk by chunk as DuckDB gives them in the file's order, into typed arrays sized
 * once (`places`: the rows without a problem, less the merged ones). Every column comes back as the
 * integers of its dictionary and stays so: a {@link CodedColumn} of 4 bytes a row over one shared
 * string, number or date object per distinct clean value, nothing decoded per row.
 */
async function cleanRows(
  db: Connection,
  select: string,
  output: DuckDBPlan["output"],
  valuesOf: ReadonlyMap<string, readonly unknown[]>,
  places: number,
): Promise<ColumnTable> {
  // line numbers in 4 bytes each, not a pointer-sized array element
  const lines = new Int32Array(places);
  const columns = output.map(() => new Int32Array(places));
  // the largest dictionary integer of each column (a dictionary shorter than it reads as null past its end)
  const largest = output.map(() => -1);
  const result = await db.stream(select);
  let at = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    if (at + rows > places) throw new Error("prepareWithDuckDB: more clean rows came back than were counted");
    // lines and dictionary integers are INTEGER, never null: read from the vectors' arrays
    const lineNumbers = itemsOf(chunk.getColumnVector(0));
    lines.set(lineNumbers.subarray(0, rows), at);
    output.forEach((_, c) => {
      const items = itemsOf(chunk.getColumnVector(c + 1)).subarray(0, rows);
      (columns[c] as Int32Array).set(items, at);
      let top = largest[c] as number;
      for (let i = 0; i < rows; i++) if ((items[i] as number) > top) top = items[i] as number;
      largest[c] = top;
    });
    at += rows;
  }
  if (at !== places) throw new Error("prepareWithDuckDB: fewer clean rows came back than were counted");
  const out: Record<string, ArrayLike<unknown> | CodedColumn> = {};
  output.forEach((o, c) => {
    const values = [...(valuesOf.get(o.field) ?? [])];
    while (values.length <= (largest[c] as number)) values.push(null);
    out[o.field] = new CodedColumn(columns[c] as Int32Array, values);
  });
  out._line = lines;
  return aq.table(out as Record<string, ArrayLike<unknown>>);
}

/** The values of an INTEGER vector. */
function itemsOf(vector: unknown): Int32Array {
  const items = (vector as { items?: unknown }).items;
  if (!(items instanceof Int32Array))
    throw new Error("prepareWithDuckDB: a clean column came back without its typed values");
  return items;
}
