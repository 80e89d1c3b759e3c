import { type ColumnTable, table as makeTable } from "arquero";
import { valuesOf } from "../columnar/coded-column.js";
import { dayColumn, NO_DAY } from "../columnar/day-column.js";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import { type RowsByCode, rowsByCode, rowsBySharedCode } from "../columnar/rows-by-code.js";
import type { Issue } from "../messages/issue.js";
import { memberCodesOf } from "../privacy/known-codes.js";
import type { Result } from "../result.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf } from "./period-of.js";
import { numberOf, personKey } from "./shared.js";

/** The plausibility rules of {@link plausibilityChecks}. */
export const PlausibilityRule = {
  /** a person's hours on one day add up to more than `maxHoursPerDay` */
  hoursPerDay: "hours-per-day",
  /** a date after `now` */
  futureDate: "future-date",
  /** a date before 1 January 1900 */
  dateBefore1900: "date-before-1900",
  /** a negative hours, quantity, household size or member count */
  negativeQuantity: "negative-quantity",
  /** an age (from `age` or the birth date) over `maxAge` */
  ageOverMax: "age-over-max",
  /** a person's visits on one day are more than `maxVisitsPerDay` */
  visitsPerDay: "visits-per-day",
} as const;
export type PlausibilityRule = (typeof PlausibilityRule)[keyof typeof PlausibilityRule];

/** Options of {@link plausibilityChecks}. */
export interface PlausibilityOptions {
  /** the day the checks run, for future dates and ages; default the current date (pass it for reproducible results) */
  now?: Date;
  /** person identifier, default `"person_id"` */
  person?: string;
  /** date of the activity or visit (the day of the per-day rules); default `"activity_date"`, else `"visit_date"` */
  date?: string;
  /** hours column, default `"hours"` */
  hours?: string;
  /** largest plausible hours of one person on one day, default 16 */
  maxHoursPerDay?: number;
  /** largest plausible visits of one person on one day (visit logs, without an hours column), default 4 */
  maxVisitsPerDay?: number;
  /** largest plausible age in years, default 110 */
  maxAge?: number;
  /** columns that cannot be negative; default those of `hours`, `quantity`, `household_size`, `members` present */
  quantities?: string[];
  /** date columns checked for the future and before 1900; default every column whose name ends in `_date` */
  dates?: string[];
  /** the total whose share resting on flagged rows is given; default `hours`, else `quantity`, else rows */
  measure?: string;
  /** leave flagged rows out: `tables.kept` holds the other rows; default false (flag only) */
  exclude?: boolean;
}

/** Tables of {@link plausibilityChecks}. */
export interface PlausibilityTables extends Record<string, ColumnTable> {
  /**
   * One row per flagged row and rule: `line` (source line, from `_line`, else null), `row` (0-based index in the
   * table), `rule`, `column`, `value` (what failed: the day's total hours or visits, the date, the age, the number),
   * `limit`. A row can fail several rules. Row-level quality data, like the quarantine: not for publication.
   */
  flags: ColumnTable;
  /** One row per rule: `rule`, `limit`, `rows` (rows it flags). */
  rules: ColumnTable;
  /**
   * One row: `measure` (the column summed, or `"rows"`), `total`, `flagged_total` (resting on flagged rows),
   * `share` (flagged_total / total), `rows`, `flagged_rows`, `excluded` (whether they were left out).
   */
  share: ColumnTable;
  /** Present with `exclude: true`: the input rows that fail no rule. */
  kept: ColumnTable;
}

const DAY = 86_400_000;

/**
 * Plausibility checks on a cleaned table: hours per person per day over 16, dates in the future or
 * before 1900, negative quantities, ages over 110, visits per person per day over a bound. Returns the
 * flagged rows with their line numbers and the share of a total (the hours) that rests on them;
 * rows are left out only when `exclude` says so.
 *
 * Why: one volunteer entering 1,984 hours in 23 days (131.5 h in a day) carried a quarter of the
 * published hours and of their valuation, and nothing said so. A figure is believable when the reader
 * knows how much of it rests on rows no one could have lived.
 *
 * @param table - a cleaned table (volunteers, visits, beneficiaries, outcomes…), with `_line` when read from a file
 * @param options - now, person, date, hours, maxHoursPerDay (> 0), maxVisitsPerDay (≥ 1), maxAge (> 0), quantities, dates, measure, exclude
 * @returns a {@link Result} with `tables.flags`, `tables.rules`, `tables.share` (and `tables.kept`); `n` = rows checked; unit `"record"`
 * @throws AnalysisError `analyses.bad_option` for a limit that is not positive, `analyses.missing_column` for a named column that is absent
 * @example
 * plausibilityChecks(volunteers, { now: new Date("2026-01-15") }).tables.share.objects()[0]
 * // => { measure: "hours", total: 8402, flagged_total: 1984, share: 0.236, rows: 2474, flagged_rows: 23, excluded: false }
 */
export function plausibilityChecks(table: ColumnTable, options: PlausibilityOptions = {}): Result<PlausibilityTables> {
  const fn = "plausibilityChecks";
  const names = table.columnNames();
  const has = (c: string | undefined): c is string => c !== undefined && names.includes(c);
  const need = (c: string | undefined): void => {
    if (c !== undefined && !names.includes(c))
      throw new AnalysisError("analyses.missing_column", { function: fn, column: c });
  };
  const maxHours = options.maxHoursPerDay ?? 16;
  const maxVisits = options.maxVisitsPerDay ?? 4;
  const maxAge = options.maxAge ?? 110;
  for (const [name, v] of [
    ["maxHoursPerDay", maxHours],
    ["maxVisitsPerDay", maxVisits],
    ["maxAge", maxAge],
  ] as const) {
    if (!(v > 0 && Number.isFinite(v)))
      throw new AnalysisError("analyses.bad_option", { function: fn, detail: `${name} must be a positive number` });
  }
  need(options.person);
  need(options.date);
  need(options.hours);
  need(options.measure);
  for (const c of options.quantities ?? []) need(c);
  for (const c of options.dates ?? []) need(c);
  const nowDay = Math.floor((options.now ?? new Date()).getTime() / DAY);
  const personColumn = options.person ?? "person_id";
  const dateColumn = options.date ?? (has("activity_date") ? "activity_date" : "visit_date");
  const hoursColumn = options.hours ?? "hours";
  const quantities = options.quantities ?? ["hours", "quantity", "household_size", "members"].filter(has);
  const dates = options.dates ?? names.filter((c) => c.endsWith("_date"));
  const measure = options.measure ?? (has("hours") ? "hours" : has("quantity") ? "quantity" : null);
  const n = table.numRows();
  const col = (c: string): ArrayLike<unknown> => readColumn(table, c);
  const lines = has("_line") ? col("_line") : null;
  const flagged = new Uint8Array(n);
  const flags: {
    row: number;
    rule: PlausibilityRule;
    column: string;
    value: string | number;
    limit: number | string;
  }[] = [];
  const flag = (
    row: number,
    rule: PlausibilityRule,
    column: string,
    value: string | number,
    limit: number | string,
  ) => {
    flags.push({ row, rule, column, value, limit });
    flagged[row] = 1;
  };
  const iso = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);
  // dates
  const floor = Math.floor(Date.UTC(1900, 0, 1) / DAY);
  for (const c of dates) {
    const values = dayColumn(table, c);
    for (let i = 0; i < n; i++) {
      const d = values[i] as number;
      if (d === NO_DAY) continue;
      if (d > nowDay) flag(i, "future-date", c, iso(d), iso(nowDay));
      else if (d < floor) flag(i, "date-before-1900", c, iso(d), "1900-01-01");
    }
  }
  // negative quantities
  for (const c of quantities) {
    const values = col(c);
    for (let i = 0; i < n; i++) {
      const v = numberOf(values[i]);
      if (v !== null && v < 0) flag(i, "negative-quantity", c, v, 0);
    }
  }
  // ages: the age column, else the birth date (each column read once, not once per row)
  const ages = has("age") ? col("age") : null;
  const births = has("birth_date") ? col("birth_date") : null;
  const ageOfDay = new Map<number, number>();
  const ageOf = (i: number): number | null => {
    if (ages) {
      const a = numberOf(ages[i]);
      if (a !== null) return a;
    }
    if (births) {
      const b = dayOf(births[i]);
      if (b !== null) {
        const known = ageOfDay.get(b);
        if (known !== undefined) return known;
        const born = new Date(b * DAY);
        const now = new Date(nowDay * DAY);
        let years = now.getUTCFullYear() - born.getUTCFullYear();
        if (
          now.getUTCMonth() < born.getUTCMonth() ||
          (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate())
        )
          years--;
        ageOfDay.set(b, years);
        return years;
      }
    }
    return null;
  };
  if (has("age") || has("birth_date")) {
    for (let i = 0; i < n; i++) {
      const a = ageOf(i);
      if (a !== null && a > maxAge)
        flag(i, "age-over-max", ages && numberOf(ages[i]) !== null ? "age" : "birth_date", a, maxAge);
    }
  }
  // per person and day: hours (a log with hours) or visits (a log without)
  if (has(personColumn) && has(dateColumn)) {
    const personColumnOrCodes = readColumnOrCodes(table, personColumn);
    const hours = has(hoursColumn) ? col(hoursColumn) : null;
    // a person's day is a run of rows: each person's rows, then by day within the person
    const day = dayColumn(table, dateColumn);
    // a column of text identifiers: its people as the counts told them apart (trimmed), once per column
    const coded = memberCodesOf(personColumnOrCodes, n);
    const shared = coded.allText === true ? coded.codes : null;
    // the identifiers themselves only when the shared codes cannot stand for them
    const persons = shared === null ? valuesOf(personColumnOrCodes) : [];
    // one person-day: its rows' hours (or visits) summed, each row flagged when over the limit
    const check = (rows: Int32Array, from: number, to: number): void => {
      let total = 0;
      for (let at = from; at < to; at++) total += hours === null ? 1 : (numberOf(hours[rows[at] as number]) ?? 0);
      if ((hours !== null && total > maxHours) || (hours === null && total > maxVisits))
        for (let at = from; at < to; at++) {
          const i = rows[at] as number;
          if (hours !== null) flag(i, "hours-per-day", hoursColumn, total, maxHours);
          else flag(i, "visits-per-day", dateColumn, total, maxVisits);
        }
    };
    // each person's rows: the shared codes' order is sorted once per column (and shared with the counts)
    let rows: RowsByCode;
    if (shared !== null) rows = rowsBySharedCode(shared, coded.members.length);
    else {
      const code = new Int32Array(n);
      const codeOf = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const who = personKey(persons[i]);
        let c = who === null ? -1 : codeOf.get(who);
        if (who !== null && c === undefined) {
          c = codeOf.size;
          codeOf.set(who, c);
        }
        code[i] = c as number;
      }
      rows = rowsByCode(code, codeOf.size);
    }
    const { order, starts } = rows;
    // then each person's dated rows by day (the flags are sorted by row at the end)
    let dated = new Int32Array(64);
    const byDay = (a: number, b: number): number => (day[a] as number) - (day[b] as number) || a - b;
    for (let p = 0; p + 1 < starts.length; p++) {
      let m = 0;
      for (let at = starts[p] as number; at < (starts[p + 1] as number); at++) {
        const i = order[at] as number;
        if (day[i] === NO_DAY) continue;
        if (m === dated.length) {
          const grown = new Int32Array(2 * m);
          grown.set(dated);
          dated = grown;
        }
        dated[m++] = i;
      }
      // a person's rows are few: an insertion sort, else a sort
      if (m > 32) dated.subarray(0, m).sort(byDay);
      else
        for (let a = 1; a < m; a++) {
          const row = dated[a] as number;
          let b = a - 1;
          while (b >= 0 && byDay(dated[b] as number, row) > 0) {
            dated[b + 1] = dated[b] as number;
            b--;
          }
          dated[b + 1] = row;
        }
      let from = 0;
      while (from < m) {
        const d = day[dated[from] as number];
        let to = from + 1;
        while (to < m && day[dated[to] as number] === d) to++;
        check(dated, from, to);
        from = to;
      }
    }
  }
  flags.sort((a, b) => a.row - b.row || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  // share of the total resting on flagged rows
  let total = 0;
  let flaggedTotal = 0;
  let flaggedRows = 0;
  const measured = measure === null ? null : col(measure);
  for (let i = 0; i < n; i++) {
    const v = measured === null ? 1 : (numberOf(measured[i]) ?? 0);
    total += v;
    if (flagged[i] === 1) {
      flaggedTotal += v;
      flaggedRows++;
    }
  }
  const exclude = options.exclude ?? false;
  const limits: Record<PlausibilityRule, number | string> = {
    "hours-per-day": maxHours,
    "future-date": iso(nowDay),
    "date-before-1900": "1900-01-01",
    "negative-quantity": 0,
    "age-over-max": maxAge,
    "visits-per-day": maxVisits,
  };
  const ruleNames = Object.values(PlausibilityRule);
  const rowsPerRule = ruleNames.map((rule) => new Set(flags.filter((f) => f.rule === rule).map((f) => f.row)).size);
  const tables: Record<string, ColumnTable> = {
    flags: makeTable({
      line: flags.map((f) => (lines === null ? null : (numberOf(lines[f.row]) ?? null))),
      row: flags.map((f) => f.row),
      rule: flags.map((f) => f.rule),
      column: flags.map((f) => f.column),
      value: flags.map((f) => f.value),
      limit: flags.map((f) => f.limit),
    }),
    rules: makeTable({ rule: ruleNames, limit: ruleNames.map((r) => limits[r]), rows: rowsPerRule }),
    share: makeTable({
      measure: [measure ?? "rows"],
      total: [total],
      flagged_total: [flaggedTotal],
      share: [total > 0 ? flaggedTotal / total : null],
      rows: [n],
      flagged_rows: [flaggedRows],
      excluded: [exclude],
    }),
  };
  if (exclude) {
    const keep: number[] = [];
    for (let i = 0; i < n; i++) if (flagged[i] === 0) keep.push(i);
    tables.kept = table.reify(keep);
  }
  const warnings: Issue[] = [];
  if (flaggedRows > 0) {
    warnings.push({
      code: "analyses.implausible_rows",
      severity: "warning",
      params: {
        function: fn,
        count: flaggedRows,
        rules: ruleNames.filter((_, i) => (rowsPerRule[i] as number) > 0).join(", "),
        share: `${Math.round((total > 0 ? flaggedTotal / total : 0) * 1000) / 10} %`,
        measure: measure ?? "rows",
        excluded: exclude ? "yes" : "no",
      },
    });
  }
  return {
    kind: "plausibilityChecks",
    tables: tables as PlausibilityTables,
    n,
    unit: "record",
    method: "plausibility-rules",
    parameters: {
      now: iso(nowDay),
      person: personColumn,
      date: dateColumn,
      hours: hoursColumn,
      maxHoursPerDay: maxHours,
      maxVisitsPerDay: maxVisits,
      maxAge,
      quantities,
      dates,
      measure: measure ?? "rows",
      exclude,
    },
    warnings,
    suppressed: [],
  };
}
