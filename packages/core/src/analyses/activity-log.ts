import type { ColumnTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { dayOf, type Period, periodIndex } from "./period-of.js";
import { columnOf, excludedWarning, numberOf, optionalColumn } from "./shared.js";

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
export interface CompactLog {
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
}

// Arquero tables are immutable: what is derived from a table is cached for the next analysis on it.
const logs = new WeakMap<ColumnTable, Map<string, CompactLog>>();
const encodings = new WeakMap<CompactLog, Map<string, EncodedColumn>>();
const periodCache = new WeakMap<CompactLog, Map<Period, Int32Array>>();

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
  const cacheKey = `${personColumn}\u0000${dateColumn}\u0000${hoursColumn ?? ""}`;
  let byKey = logs.get(table);
  const cached = byKey?.get(cacheKey);
  if (cached)
    return { ...cached, warnings: cached.warnings.map((w) => ({ ...w, params: { ...w.params, function: fn } })) };
  const persons = columnOf(table, personColumn, fn);
  const dates = columnOf(table, dateColumn, fn);
  const hours = hoursColumn === undefined ? null : columnOf(table, hoursColumn, fn);
  const total = table.numRows();
  const person = new Int32Array(total);
  const day = new Int32Array(total);
  const h = new Float64Array(total);
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
  for (let i = 0; i < total; i++) {
    const key = keyOf(persons[i]);
    if (key === null) {
      noPerson++;
      continue;
    }
    const d = dayOf(dates[i]);
    if (d === null) {
      noDate++;
      continue;
    }
    let p: number;
    if (key === lastKey) p = lastIndex;
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
    h[n] = hours === null ? Number.NaN : (numberOf(hours[i]) ?? Number.NaN);
    row[n] = i;
    n++;
  }
  const log: CompactLog = {
    person: person.subarray(0, n),
    day: day.subarray(0, n),
    hours: h.subarray(0, n),
    row: row.subarray(0, n),
    people,
    rows: n,
    total,
    minDay,
    maxDay,
    warnings: [...excludedWarning(noPerson, "person", fn), ...excludedWarning(noDate, "date", fn)],
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
  let byPeriod = periodCache.get(log);
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
    periodCache.set(log, byPeriod);
  }
  byPeriod.set(period, out);
  return out;
}

/** A column of the rows of a compact log as integer codes into its distinct values (internal). */
export interface EncodedColumn {
  /** code per compact row; the code of a missing value is the index of `null` in `values` */
  codes: Int32Array;
  /** distinct values as text (null for missing), in order of first appearance */
  values: (string | null)[];
}

/** Dictionary-encodes a column over the usable rows of a compact log (internal). */
export function encodeColumn(table: ColumnTable, log: CompactLog, column: string): EncodedColumn {
  let byColumn = encodings.get(log);
  const cached = byColumn?.get(column);
  if (cached) return cached;
  const source = table.array(column) as ArrayLike<unknown>;
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
    encodings.set(log, byColumn);
  }
  byColumn.set(column, out);
  return out;
}

/** Sorts numeric codes and removes repeats, in place on a copy (internal). */
export function uniqueSorted(codes: Float64Array): Float64Array {
  codes.sort();
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (n === 0 || c !== codes[n - 1]) codes[n++] = c;
  }
  return codes.subarray(0, n);
}

/** Per person: first day, last day, number of rows, total hours (internal). */
export interface PersonSummary {
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
  for (let i = 0; i < log.rows; i++) {
    const who = log.person[i] as number;
    const d = log.day[i] as number;
    if (d < (first[who] as number)) first[who] = d;
    if (d > (last[who] as number)) last[who] = d;
    count[who] = (count[who] as number) + 1;
    const hr = log.hours[i] as number;
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
