import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { quantilesSorted } from "../stats/quantiles.js";
import { compactLog, encodeColumn, forEachPersonDistinct, groupTotals, rowPeriods } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { isPeriod, type Period, periodIndex, periodLabel } from "./period-of.js";
import { assertNotIdentifier, type CommonOptions, privacyParameters, protect, smallNWarnings } from "./shared.js";

/** Options of {@link reach}. */
export interface ReachOptions extends CommonOptions {
  /** period of `by_period`, default `"month"` */
  period?: Period;
  /** upper bounds of the bands of visits per person, default `[1, 2, 5, 10]` ("1", "2", "3–5", "6–10", "11+") */
  bands?: number[];
  /** breakdown columns, each giving a table `by_<column>` (people and visits); default `["service", "site"]` (those present) */
  by?: string[];
  /** column names, defaults `person_id` and `visit_date` */
  columns?: { person?: string; date?: string };
}

/** Tables of {@link reach}. */
export interface ReachTables extends Record<string, ColumnTable> {
  /** One row: `people` (distinct), `visits`, `mean_visits`, `median_visits` (per person), with statuses. */
  total: ColumnTable;
  /**
   * One row per period (gaps included): `period`, `people` (distinct people seen), `new` (first visit ever),
   * `returning` (seen before), `visits`, with statuses.
   */
  by_period: ColumnTable;
  /** Visits per person in bands: `band`, `lower`, `upper` (null for the last band), `people`, `people_status`. */
  visits_per_person: ColumnTable;
}

/**
 * Reach: distinct people reached per period and in total, visits per person, new versus returning
 * people, and the services and sites they used.
 *
 * Why: "how many people did we help" is a count of distinct people (by the person id the data
 * carries), not of visits; this gives both, side by side, with the distribution of visits per person.
 * Visit sums are protected by the dominance rule, person counts by small-cell suppression.
 *
 * @param visits - cleaned `visits` table (one row per visit) with `person_id` and `visit_date`
 * @param options - period (default month), bands, by, columns, privacy, smallN
 * @returns a {@link Result}: `tables.total`, `tables.by_period`, `tables.visits_per_person` and one
 *   `tables["by_<column>"]` per `by` column (`<column>`, `people`, `visits`, with statuses); `n` = distinct people
 * @throws AnalysisError `analyses.missing_column`, `analyses.bad_option` for an unknown period
 * @throws AnalysisError `analyses.identifier_breakdown` when asked to break results down by a column that identifies people (email, names, person id…)
 * @example
 * reach(visits, { period: "quarter" }).tables.total.objects()[0] // => { people: 812, visits: 4210, mean_visits: 5.18, ... }
 */
export function reach(visits: ColumnTable, options: ReachOptions = {}): Result<ReachTables> {
  const fn = "reach";
  const period = options.period ?? "month";
  if (!isPeriod(period)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "period must be week, month, quarter or year",
    });
  }
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "visit_date";
  const names = visits.columnNames();
  const by = options.by ?? ["service", "site"].filter((c) => names.includes(c));
  for (const column of by) {
    if (!names.includes(column)) throw new AnalysisError("analyses.missing_column", { function: fn, column });
    assertNotIdentifier(column, fn, personColumn);
  }
  const log = compactLog(visits, fn, personColumn, dateColumn);
  const P = log.people.length;
  const perPerson = new Int32Array(P);
  const firstPeriod = new Int32Array(P).fill(2147483647);
  const rowPeriod = rowPeriods(log, period);
  const minP = log.rows === 0 ? 0 : periodIndex(log.minDay, period);
  const maxP = log.rows === 0 ? -1 : periodIndex(log.maxDay, period);
  const span = maxP - minP + 1;
  for (let i = 0; i < log.rows; i++) {
    const who = log.person[i] as number;
    const p = (rowPeriod[i] as number) - minP;
    perPerson[who] = (perPerson[who] as number) + 1;
    if (p < (firstPeriod[who] as number)) firstPeriod[who] = p;
  }
  const people = new Array<number>(span).fill(0);
  const fresh = new Array<number>(span).fill(0);
  const visitCount = new Array<number>(span).fill(0);
  const visitsMax = new Array<number>(span).fill(0);
  // per person, the distinct periods with their number of visits
  forEachPersonDistinct(
    log,
    Math.max(span, 0),
    (row, emit) => emit((rowPeriod[row] as number) - minP),
    (who, keys, counts, n) => {
      for (let i = 0; i < n; i++) {
        const p = keys[i] as number;
        const count = counts[i] as number;
        people[p] = (people[p] as number) + 1;
        visitCount[p] = (visitCount[p] as number) + count;
        if (count > (visitsMax[p] as number)) visitsMax[p] = count;
        if (firstPeriod[who] === p) fresh[p] = (fresh[p] as number) + 1;
      }
    },
  );
  const suppressed: SuppressedCell[] = [];
  const byPeriod = protect(
    makeTable({
      period: Array.from({ length: span }, (_, p) => periodLabel(minP + p, period)),
      people,
      new: fresh,
      returning: people.map((x, p) => x - (fresh[p] as number)),
      visits: visitCount,
      visits_max: visitsMax,
    }),
    {
      name: "by_period",
      counts: ["people", "new", "returning"],
      dimensions: ["period"],
      sums: { visits: "visits_max" },
    },
    options.privacy,
    suppressed,
  );
  const sorted = Array.from(perPerson).sort((a, b) => a - b);
  const [medianVisits] = quantilesSorted(sorted, [0.5]);
  const total = protect(
    makeTable({
      people: [P],
      visits: [log.rows],
      visits_max: [sorted.length > 0 ? (sorted[sorted.length - 1] as number) : 0],
      mean_visits: [P > 0 ? log.rows / P : null],
      median_visits: [P > 0 ? (medianVisits as number) : null],
    }),
    {
      name: "total",
      counts: ["people"],
      sums: { visits: "visits_max" },
      bases: { mean_visits: "people", median_visits: "people" },
    },
    options.privacy,
    suppressed,
  );
  const bounds = options.bands ?? [1, 2, 5, 10];
  const bandCounts = new Array<number>(bounds.length + 1).fill(0);
  for (const v of sorted) {
    let b = 0;
    while (b < bounds.length && v > (bounds[b] as number)) b++;
    bandCounts[b] = (bandCounts[b] as number) + 1;
  }
  const lowers = bandCounts.map((_, b) => (b === 0 ? 1 : (bounds[b - 1] as number) + 1));
  const uppers = bandCounts.map((_, b) => (b === bounds.length ? null : (bounds[b] as number)));
  const labels = lowers.map((lo, b) => {
    const hi = uppers[b];
    if (hi === null || hi === undefined) return `${lo}+`;
    return lo === hi ? String(lo) : `${lo}–${hi}`;
  });
  const distribution = protect(
    makeTable({ band: labels, lower: lowers, upper: uppers, people: bandCounts }),
    { name: "visits_per_person", counts: ["people"], dimensions: ["band"] },
    options.privacy,
    suppressed,
  );
  const tables: Record<string, ColumnTable> = { total, by_period: byPeriod, visits_per_person: distribution };
  for (const column of by) {
    const encoded = encodeColumn(visits, log, column);
    const totals = groupTotals(log, encoded.codes, encoded.values.length, null);
    const order = encoded.values
      .map((_, g) => g)
      .filter((g) => (totals.people[g] as number) > 0)
      .sort((a, b) => String(encoded.values[a] ?? "\uffff").localeCompare(String(encoded.values[b] ?? "\uffff"), "fr"));
    tables[`by_${column}`] = protect(
      makeTable({
        [column]: order.map((g) => encoded.values[g]),
        people: order.map((g) => totals.people[g] as number),
        visits: order.map((g) => totals.sum[g] as number),
        visits_max: order.map((g) => totals.max[g] as number),
      }),
      { name: `by_${column}`, counts: ["people"], dimensions: [column], sums: { visits: "visits_max" } },
      options.privacy,
      suppressed,
    );
  }
  const warnings: Issue[] = [...log.warnings, ...smallNWarnings(P, options.smallN ?? 30)];
  return {
    kind: "reach",
    tables: tables as ReachTables,
    n: P,
    unit: "person",
    method: "distinct-count",
    parameters: {
      period,
      bands: bounds,
      by,
      person: personColumn,
      date: dateColumn,
      rowsRead: log.total,
      rowsUsed: log.rows,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
