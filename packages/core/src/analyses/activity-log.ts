import type { ColumnTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { dayOf } from "./period-of.js";
import { columnOf, excludedWarning, numberOf, optionalColumn, personKey } from "./shared.js";

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

/** A log held as typed arrays, one entry per usable row (internal). */
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
  warnings: Issue[];
}

/** Reads person, date and optional hours columns into typed arrays, leaving out (and counting) unusable rows (internal). */
export function compactLog(
  table: ColumnTable,
  fn: string,
  personColumn: string,
  dateColumn: string,
  hoursColumn?: string,
): CompactLog {
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
  for (let i = 0; i < total; i++) {
    const key = personKey(persons[i]);
    if (key === null) {
      noPerson++;
      continue;
    }
    const d = dayOf(dates[i]);
    if (d === null) {
      noDate++;
      continue;
    }
    let p = index.get(key);
    if (p === undefined) {
      p = people.length;
      people.push(key);
      index.set(key, p);
    }
    person[n] = p;
    day[n] = d;
    h[n] = hours === null ? Number.NaN : (numberOf(hours[i]) ?? Number.NaN);
    row[n] = i;
    n++;
  }
  return {
    person: person.subarray(0, n),
    day: day.subarray(0, n),
    hours: h.subarray(0, n),
    row: row.subarray(0, n),
    people,
    rows: n,
    total,
    warnings: [...excludedWarning(noPerson, "person", fn), ...excludedWarning(noDate, "date", fn)],
  };
}

/** Per person: first day, last day, number of rows, total hours, sign-up day (internal). */
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
