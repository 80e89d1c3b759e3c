import type { ColumnTable } from "arquero";
import { valuesOf } from "../columnar/coded-column.js";
import { dayColumn, NO_DAY } from "../columnar/day-column.js";
import { readColumn } from "../columnar/read-column.js";
import type { Issue } from "../messages/issue.js";
import { memberCodesOf } from "../privacy/known-codes.js";
import { dayOf, type Period, periodIndex } from "./period-of.js";
import { columnOf, columnOrCodesOf, excludedWarning, optionalColumn, requireColumn } from "./shared.js";

/** Column names of an activity log (volunteers or visits); each can be overridden. */
export interface LogColumns {
  /** person identifier, default `"person_id"` */
  person?: string;
  /** date of the activity or visit, default `"activity_date"` (volunteers) or `"visit_date"` (visits) */
  date?: string;
  /** hours (volunteers) or quantity (visits), default `"hours"` */
  hours?: string;
  /** sign-up date, default `"signup_date"` */
  signup?: string;
}

/** A log held as typed arrays, one entry per usable row (internal). Shared between analyses: never mutate. */
interface CompactLog {
  /** person index per row (into `people`) */
  person: Int32Array;
  /** day since epoch per row */
  day: Int32Array;
  /** hours per row (NaN when missing) */
  hours: Float64Array;
  /** original row index in the table */
  row: Int32Array;
  people: string[];
  rows: number;
  /** rows read from the table */
  total: number;
  /** smallest and largest day */
  minDay: number;
  maxDay: number;
  warnings: Issue[];
  /** identity of the underlying arrays, for the caches of derived arrays */
  key: object;
  /** true when read without an hours column: `hours` is then NaN on every row, made only if read */
  noHours?: true;
}

// Arquero tables are immutable: what is derived from a table is cached for the next analysis on it.
const logs = new WeakMap<ColumnTable, Map<string, Omit<CompactLog, "hours">>>();
const encodings = new WeakMap<object, Map<string, EncodedColumn>>();
const periodCache = new WeakMap<object, Map<Period, Int32Array>>();

/** A person identifier as a Map key, trimming only when needed (internal). */
function keyOf(value: unknown): string | null {
  if (typeof value === "string") {
    const n = value.length;
    if (n === 0) return null;
    if (value.charCodeAt(0) > 32 && value.charCodeAt(n - 1) > 32) return value;
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (value === null || value === undefined) return null;
  const t = String(value).trim();
  return t === "" ? null : t;
}

/** Reads person, date and optional hours columns into typed arrays, leaving out (and counting) unusable rows (internal). */
export function compactLog(
  table: ColumnTable,
  fn: string,
  personColumn: string,
  dateColumn: string,
  hoursColumn?: string,
): CompactLog {
  const base = baseLog(table, fn, personColumn, dateColumn);
  const warnings = base.warnings.map((w) => ({ ...w, params: { ...w.params, function: fn } }));
  if (hoursColumn !== undefined) return { ...base, hours: hoursOf(table, base, hoursColumn, fn), warnings };
  // without an hours column every row's hours are missing: the array is made only if read
  const log = { ...base, warnings, noHours: true } as BaseLog & { hours?: Float64Array };
  return Object.defineProperty(log, "hours", { enumerable: true, get: () => noHours(base) }) as CompactLog;
}

/** The part of a compact log read from its person and date columns (internal). */
type BaseLog = Omit<CompactLog, "hours">;

const hoursCache = new WeakMap<object, Map<string, Float64Array>>();
const noHoursCache = new WeakMap<object, Float64Array>();

/** Hours of a log without an hours column: NaN on every row (internal, cached). */
function noHours(log: BaseLog): Float64Array {
  let out = noHoursCache.get(log.key);
  if (out === undefined) {
    out = new Float64Array(log.rows).fill(Number.NaN);
    noHoursCache.set(log.key, out);
  }
  return out;
}

/** The numbers of a column over the usable rows of a log, NaN when missing (internal, cached). */
function hoursOf(table: ColumnTable, log: BaseLog, column: string, fn: string): Float64Array {
  let byColumn = hoursCache.get(log.key);
  const cached = byColumn?.get(column);
  if (cached) return cached;
  const source = columnOf(table, column, fn);
  const out = new Float64Array(log.rows);
  for (let i = 0; i < log.rows; i++) {
    const v = source[log.row[i] as number];
    out[i] = typeof v === "number" && Number.isFinite(v) ? v : Number.NaN;
  }
  if (!byColumn) {
    byColumn = new Map();
    hoursCache.set(log.key, byColumn);
  }
  byColumn.set(column, out);
  return out;
}

/** The person and date columns as typed arrays, cached per table and column pair (internal). */
function baseLog(table: ColumnTable, fn: string, personColumn: string, dateColumn: string): BaseLog {
  const cacheKey = `${personColumn}\u0000${dateColumn}`;
  let byKey = logs.get(table);
  const cached = byKey?.get(cacheKey);
  if (cached) return cached;
  const personColumnOrCodes = columnOrCodesOf(table, personColumn, fn);
  requireColumn(table, dateColumn, fn);
  // each row's day, as dayOf reads it (NO_DAY where it reads null), once per column
  const days = dayColumn(table, dateColumn);
  const total = table.numRows();
  const person = new Int32Array(total);
  const day = new Int32Array(total);
  const row = new Int32Array(total);
  const index = new Map<string, number>();
  const people: string[] = [];
  let noPerson = 0;
  let noDate = 0;
  let n = 0;
  let minDay = 2147483647;
  let maxDay = -2147483648;
  let lastKey: string | null = null;
  let lastIndex = -1;
  // a column of text identifiers that keyOf and trim() read alike: the people's shared codes, each
  // numbered here in order of first appearance among the usable rows (as the map would)
  const coded = memberCodesOf(personColumnOrCodes, total);
  const shared = coded.allText === true && coded.wideSpaceTrimmed !== true ? coded : null;
  const local = shared === null ? null : new Int32Array(shared.members.length).fill(-1);
  // the identifiers themselves only when the shared codes cannot stand for them
  const persons = shared === null ? valuesOf(personColumnOrCodes) : [];
  for (let i = 0; i < total; i++) {
    const c = shared === null ? -1 : (shared.codes[i] as number);
    const key = shared === null ? keyOf(persons[i]) : c < 0 ? null : (shared.members[c] as string);
    if (key === null) {
      noPerson++;
      continue;
    }
    const d = days[i] as number;
    if (d === NO_DAY) {
      noDate++;
      continue;
    }
    let p: number;
    if (local !== null) {
      p = local[c] as number;
      if (p < 0) {
        p = people.length;
        people.push(key);
        local[c] = p;
      }
    } else if (key === lastKey) p = lastIndex;
    else {
      const found = index.get(key);
      if (found === undefined) {
        p = people.length;
        people.push(key);
        index.set(key, p);
      } else p = found;
      lastKey = key;
      lastIndex = p;
    }
    person[n] = p;
    day[n] = d;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    row[n] = i;
    n++;
  }
  const log: BaseLog = {
    person: person.subarray(0, n),
    day: day.subarray(0, n),
    row: row.subarray(0, n),
    people,
    rows: n,
    total,
    minDay,
    maxDay,
    warnings: [...excludedWarning(noPerson, "person", fn), ...excludedWarning(noDate, "date", fn)],
    key: {},
  };
  if (!byKey) {
    byKey = new Map();
    logs.set(table, byKey);
  }
  byKey.set(cacheKey, log);
  return log;
}

/** Period index of every row of a compact log, through a per-day lookup table (internal). */
export function rowPeriods(log: CompactLog, period: Period): Int32Array {
  let byPeriod = periodCache.get(log.key);
  const cached = byPeriod?.get(period);
  if (cached) return cached;
  const out = new Int32Array(log.rows);
  if (log.rows > 0) {
    const lookup = new Int32Array(log.maxDay - log.minDay + 1);
    for (let d = 0; d < lookup.length; d++) lookup[d] = periodIndex(log.minDay + d, period);
    for (let i = 0; i < log.rows; i++) out[i] = lookup[(log.day[i] as number) - log.minDay] as number;
  }
  if (!byPeriod) {
    byPeriod = new Map();
    periodCache.set(log.key, byPeriod);
  }
  byPeriod.set(period, out);
  return out;
}

/** A column of the rows of a compact log as integer codes into its distinct values (internal). */
interface EncodedColumn {
  /** code per compact row; the code of a missing value is the index of `null` in `values` */
  codes: Int32Array;
  /** distinct values as text (null for missing), in order of first appearance */
  values: (string | null)[];
}

/** Dictionary-encodes a column over the usable rows of a compact log (internal). */
export function encodeColumn(table: ColumnTable, log: CompactLog, column: string): EncodedColumn {
  let byColumn = encodings.get(log.key);
  const cached = byColumn?.get(column);
  if (cached) return cached;
  const source = readColumn(table, column);
  const codes = new Int32Array(log.rows);
  const index = new Map<unknown, number>();
  const values: (string | null)[] = [];
  let lastRaw: unknown = Symbol("none");
  let lastCode = -1;
  for (let i = 0; i < log.rows; i++) {
    const raw = source[log.row[i] as number];
    if (raw === lastRaw) {
      codes[i] = lastCode;
      continue;
    }
    let code = index.get(raw);
    if (code === undefined) {
      const text = raw === null || raw === undefined || raw === "" ? null : String(raw);
      const existing = values.indexOf(text);
      code = existing >= 0 && text === null ? existing : values.length;
      if (code === values.length) values.push(text);
      index.set(raw, code);
    }
    codes[i] = code;
    lastRaw = raw;
    lastCode = code;
  }
  const out = { codes, values };
  if (!byColumn) {
    byColumn = new Map();
    encodings.set(log.key, byColumn);
  }
  byColumn.set(column, out);
  return out;
}

/** Per person: first day, last day, number of rows, total hours (internal). */
interface PersonSummary {
  first: Int32Array;
  last: Int32Array;
  count: Int32Array;
  hours: Float64Array;
}

/** Summarises a compact log per person (internal). */
export function summarisePeople(log: CompactLog): PersonSummary {
  const p = log.people.length;
  const first = new Int32Array(p).fill(2147483647);
  const last = new Int32Array(p).fill(-2147483648);
  const count = new Int32Array(p);
  const hours = new Float64Array(p);
  // a log without hours adds none (its NaN array is not made for this)
  const rowHours = log.noHours === true ? null : log.hours;
  for (let i = 0; i < log.rows; i++) {
    const who = log.person[i] as number;
    const d = log.day[i] as number;
    if (d < (first[who] as number)) first[who] = d;
    if (d > (last[who] as number)) last[who] = d;
    count[who] = (count[who] as number) + 1;
    if (rowHours === null) continue;
    const hr = rowHours[i] as number;
    if (!Number.isNaN(hr)) hours[who] = (hours[who] as number) + hr;
  }
  return { first, last, count, hours };
}

/** Sign-up day per person: the earliest sign-up date given on their rows, else null (internal). */
export function signupDays(table: ColumnTable, log: CompactLog, signupColumn: string): (number | null)[] {
  const signups = optionalColumn(table, signupColumn);
  const out: (number | null)[] = new Array(log.people.length).fill(null);
  if (signups === null) return out;
  for (let i = 0; i < log.rows; i++) {
    const d = dayOf(signups[log.row[i] as number]);
    if (d === null) continue;
    const who = log.person[i] as number;
    const prev = out[who];
    if (prev === null || prev === undefined || d < prev) out[who] = d;
  }
  return out;
}

/** Per group: sum of hours (or of 1 per row when `weights` is null), distinct people, largest single person's sum (internal). */
export interface GroupTotals {
  sum: Float64Array;
  people: Int32Array;
  max: Float64Array;
}

/**
 * Aggregates the rows of a compact log by group code: sum, distinct people and the largest
 * contribution of one person (for the dominance rule). Rows whose weight is NaN are skipped (internal).
 */
export function groupTotals(
  log: CompactLog,
  groupOf: ArrayLike<number>,
  groups: number,
  weights: Float64Array | null,
): GroupTotals {
  const P = log.people.length;
  const sum = new Float64Array(groups);
  const people = new Int32Array(groups);
  const max = new Float64Array(groups);
  if (groups * P <= 30_000_000) {
    const cell = new Float64Array(groups * P);
    const seen = new Uint8Array(groups * P);
    for (let i = 0; i < log.rows; i++) {
      const w = weights === null ? 1 : (weights[i] as number);
      if (Number.isNaN(w)) continue;
      const g = groupOf[i] as number;
      const k = g * P + (log.person[i] as number);
      cell[k] = (cell[k] as number) + w;
      seen[k] = 1;
      sum[g] = (sum[g] as number) + w;
    }
    for (let g = 0; g < groups; g++) {
      let n = 0;
      let m = 0;
      const offset = g * P;
      for (let p = 0; p < P; p++) {
        if (seen[offset + p] === 1) {
          n++;
          const v = cell[offset + p] as number;
          if (v > m) m = v;
        }
      }
      people[g] = n;
      max[g] = m;
    }
    return { sum, people, max };
  }
  const cells = new Map<number, number>();
  for (let i = 0; i < log.rows; i++) {
    const w = weights === null ? 1 : (weights[i] as number);
    if (Number.isNaN(w)) continue;
    const g = groupOf[i] as number;
    const k = g * P + (log.person[i] as number);
    cells.set(k, (cells.get(k) ?? 0) + w);
    sum[g] = (sum[g] as number) + w;
  }
  for (const [k, v] of cells) {
    const g = Math.floor(k / P);
    people[g] = (people[g] as number) + 1;
    if (v > (max[g] as number)) max[g] = v;
  }
  return { sum, people, max };
}

/** Rows of a compact log grouped by person (compressed rows: person p owns `rows[offsets[p]]…rows[offsets[p + 1] - 1]`) (internal). */
interface PersonRows {
  offsets: Int32Array;
  rows: Int32Array;
}

const personRowsCache = new WeakMap<object, PersonRows>();

/** Groups the rows of a compact log by person in linear time (counting sort), cached (internal). */
function personRows(log: CompactLog): PersonRows {
  const cached = personRowsCache.get(log.key);
  if (cached) return cached;
  const P = log.people.length;
  const offsets = new Int32Array(P + 1);
  for (let i = 0; i < log.rows; i++) {
    const k = (log.person[i] as number) + 1;
    offsets[k] = (offsets[k] as number) + 1;
  }
  for (let p = 0; p < P; p++) offsets[p + 1] = (offsets[p + 1] as number) + (offsets[p] as number);
  const fill = offsets.slice(0, P);
  const rows = new Int32Array(log.rows);
  for (let i = 0; i < log.rows; i++) {
    const p = log.person[i] as number;
    rows[fill[p] as number] = i;
    fill[p] = (fill[p] as number) + 1;
  }
  const out = { offsets, rows };
  personRowsCache.set(log.key, out);
  return out;
}

/**
 * For each person, the sorted distinct values of `keyOf(row)` (integers in [0, size)), passed to `visit`
 * with their number of rows; linear in rows plus the per-person sorts of their distinct values (internal).
 */
export function forEachPersonDistinct(
  log: CompactLog,
  size: number,
  keysOfRow: (row: number, emit: (key: number) => void) => void,
  visit: (person: number, keys: Int32Array, counts: Int32Array, n: number) => void,
): void {
  const { offsets, rows } = personRows(log);
  const stamp = new Int32Array(size).fill(-1);
  const slot = new Int32Array(size);
  let keys = new Int32Array(64);
  let counts = new Int32Array(64);
  let n = 0;
  let who = 0;
  const emit = (key: number): void => {
    if (stamp[key] !== who) {
      stamp[key] = who;
      if (n === keys.length) {
        const k2 = new Int32Array(n * 2);
        k2.set(keys);
        keys = k2;
        const c2 = new Int32Array(n * 2);
        c2.set(counts);
        counts = c2;
      }
      slot[key] = n;
      keys[n] = key;
      counts[n] = 1;
      n++;
    } else {
      const s = slot[key] as number;
      counts[s] = (counts[s] as number) + 1;
    }
  };
  for (who = 0; who < log.people.length; who++) {
    n = 0;
    for (let r = offsets[who] as number; r < (offsets[who + 1] as number); r++) keysOfRow(rows[r] as number, emit);
    // sort keys (with their counts) by key: insertion sort for short lists, packed numeric sort otherwise
    if (n > 32) {
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) * 2147483648 + (counts[i] as number);
      packed.sort();
      for (let i = 0; i < n; i++) {
        const k = Math.floor((packed[i] as number) / 2147483648);
        keys[i] = k;
        counts[i] = (packed[i] as number) - k * 2147483648;
      }
    }
    for (let i = 1; i < n && n <= 32; i++) {
      const k = keys[i] as number;
      const c = counts[i] as number;
      let j = i - 1;
      while (j >= 0 && (keys[j] as number) > k) {
        keys[j + 1] = keys[j] as number;
        counts[j + 1] = counts[j] as number;
        j--;
      }
      keys[j + 1] = k;
      counts[j + 1] = c;
    }
    visit(who, keys, counts, n);
  }
}
