import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { quantilesSorted } from "../stats/quantiles.js";
import {
  compactLog,
  encodeColumn,
  type GroupTotals,
  groupTotals,
  type LogColumns,
  rowPeriods,
} from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { isPeriod, type Period, periodIndex, periodLabel } from "./period-of.js";
import {
  assertNotIdentifier,
  type CommonOptions,
  excludedWarning,
  privacyParameters,
  protect,
  smallNWarnings,
} from "./shared.js";

/** Options of {@link volunteerHours}. */
export interface VolunteerHoursOptions extends CommonOptions {
  /** columns to break hours down by, each giving a table `by_<column>`; default `["activity", "site"]` (those present) */
  by?: string[];
  /** also give a `by_period` table for this period */
  period?: Period;
  /** upper bounds of the bands of hours per volunteer, default `[5, 10, 20, 50, 100]` */
  bands?: number[];
  /** column names, defaults `person_id`, `activity_date`, `hours` */
  columns?: Pick<LogColumns, "person" | "date" | "hours">;
}

/** Tables of {@link volunteerHours}. */
export interface VolunteerHoursTables extends Record<string, ColumnTable> {
  /**
   * One row: `volunteers` (distinct people with hours), `records` (rows with hours), `hours` (total),
   * `mean`, `median`, `p25`, `p75`, `p90` (hours per volunteer), each with `<name>_status`.
   */
  summary: ColumnTable;
  /** Hours per volunteer in bands: `band` ("< 5", "5–10", …, "≥ 100"), `lower`, `upper` (NaN-free: upper of the last band is null), `volunteers`, `volunteers_status`. */
  distribution: ColumnTable;
}

/**
 * Volunteer hours: total, per volunteer (mean, median, quartiles, distribution), and broken down by
 * activity, site or any column, and by period.
 *
 * Why: hours are what funders ask for and what the valuation of volunteer time rests on; the
 * distribution shows whether a few people carry the association. Sums are protected by the dominance
 * rule (one person holding more than 85 % of a sum), counts and means by small-cell suppression.
 * Rows without a person, a date or a number of hours are left out and reported in `warnings`.
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date`, `hours` (number) and the `by` columns
 * @param options - by, period, bands, columns, privacy, smallN
 * @returns a {@link Result}: `tables.summary`, `tables.distribution`, one `tables["by_<column>"]` per `by` column
 *   (`<column>`, `hours`, `volunteers`, `mean`, with status columns), and `tables.by_period` when `period` is given
 *   (`period`, `hours`, `volunteers`, `mean`); `n` = volunteers with hours
 * @throws AnalysisError `analyses.missing_column` when person, date, hours or a named `by` column is missing
 * @throws AnalysisError `analyses.identifier_breakdown` when asked to break results down by a column that identifies people (email, names, person id…)
 * @example
 * volunteerHours(log, { by: ["activity"] }).tables.summary.objects()[0].hours // => 1234.5
 */
export function volunteerHours(table: ColumnTable, options: VolunteerHoursOptions = {}): Result<VolunteerHoursTables> {
  const fn = "volunteerHours";
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const hoursColumn = options.columns?.hours ?? "hours";
  const names = table.columnNames();
  const by = options.by ?? ["activity", "site"].filter((c) => names.includes(c));
  for (const column of by) {
    if (!names.includes(column)) throw new AnalysisError("analyses.missing_column", { function: fn, column });
    assertNotIdentifier(column, fn, personColumn);
  }
  if (options.period !== undefined && !isPeriod(options.period)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "period must be week, month, quarter or year",
    });
  }
  const log = compactLog(table, fn, personColumn, dateColumn, hoursColumn);
  const perPerson = new Float64Array(log.people.length);
  const hasHours = new Uint8Array(log.people.length);
  let records = 0;
  for (let i = 0; i < log.rows; i++) {
    const h = log.hours[i] as number;
    if (Number.isNaN(h)) continue;
    const who = log.person[i] as number;
    perPerson[who] = (perPerson[who] as number) + h;
    hasHours[who] = 1;
    records++;
  }
  const noHours = log.rows - records;
  const values: number[] = [];
  let maxPerson = 0;
  for (let p = 0; p < perPerson.length; p++) {
    if (hasHours[p] !== 1) continue;
    const v = perPerson[p] as number;
    values.push(v);
    if (v > maxPerson) maxPerson = v;
  }
  values.sort((a, b) => a - b);
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  const [p25, median, p75, p90] = quantilesSorted(values, [0.25, 0.5, 0.75, 0.9]);
  const suppressed: SuppressedCell[] = [];
  const statistics = {
    mean: "volunteers",
    median: "volunteers",
    p25: "volunteers",
    p75: "volunteers",
    p90: "volunteers",
  };
  const summary = protect(
    makeTable({
      volunteers: [n],
      records: [records],
      hours: [total],
      hours_max: [maxPerson],
      mean: [n > 0 ? total / n : null],
      median: [n > 0 ? median : null],
      p25: [n > 0 ? p25 : null],
      p75: [n > 0 ? p75 : null],
      p90: [n > 0 ? p90 : null],
    }),
    { name: "summary", counts: ["volunteers"], sums: { hours: "hours_max" }, bases: statistics },
    options.privacy,
    suppressed,
  );

  const bounds = options.bands ?? [5, 10, 20, 50, 100];
  const bandCounts = new Array<number>(bounds.length + 1).fill(0);
  for (const v of values) {
    let b = 0;
    while (b < bounds.length && v >= (bounds[b] as number)) b++;
    bandCounts[b] = (bandCounts[b] as number) + 1;
  }
  const bandLabels = bandCounts.map((_, b) => {
    if (b === 0) return `< ${bounds[0]}`;
    if (b === bounds.length) return `≥ ${bounds[b - 1]}`;
    return `${bounds[b - 1]}–${bounds[b]}`;
  });
  const distribution = protect(
    makeTable({
      band: bandLabels,
      lower: bandCounts.map((_, b) => (b === 0 ? 0 : (bounds[b - 1] as number))),
      upper: bandCounts.map((_, b) => (b === bounds.length ? null : (bounds[b] as number))),
      volunteers: bandCounts,
    }),
    { name: "distribution", counts: ["volunteers"], dimensions: ["band"] },
    options.privacy,
    suppressed,
  );

  const tables: Record<string, ColumnTable> = { summary, distribution };
  const groupTable = (
    name: string,
    column: string,
    keys: unknown[],
    totals: GroupTotals,
    order: number[],
  ): ColumnTable =>
    protect(
      makeTable({
        [column]: order.map((g) => keys[g]),
        hours: order.map((g) => totals.sum[g] as number),
        hours_max: order.map((g) => totals.max[g] as number),
        volunteers: order.map((g) => totals.people[g] as number),
        mean: order.map((g) => (totals.sum[g] as number) / (totals.people[g] as number)),
      }),
      {
        name,
        counts: ["volunteers"],
        dimensions: [column],
        sums: { hours: "hours_max" },
        bases: { mean: "volunteers" },
      },
      options.privacy,
      suppressed,
    );
  for (const column of by) {
    const encoded = encodeColumn(table, log, column);
    const totals = groupTotals(log, encoded.codes, encoded.values.length, log.hours);
    const order = encoded.values
      .map((_, g) => g)
      .filter((g) => (totals.people[g] as number) > 0)
      .sort((a, b) => String(encoded.values[a] ?? "\uffff").localeCompare(String(encoded.values[b] ?? "\uffff"), "fr"));
    tables[`by_${column}`] = groupTable(`by_${column}`, column, encoded.values, totals, order);
  }
  if (options.period !== undefined) {
    const period = options.period;
    const periodOfRow = rowPeriods(log, period);
    const minP = periodIndex(log.minDay, period);
    const span = log.rows === 0 ? 0 : periodIndex(log.maxDay, period) - minP + 1;
    const offsets = periodOfRow.map((p) => p - minP);
    const totals = groupTotals(log, offsets, span, log.hours);
    const labels = Array.from({ length: span }, (_, p) => periodLabel(minP + p, period));
    const order = labels.map((_, p) => p).filter((p) => (totals.people[p] as number) > 0);
    tables.by_period = groupTable("by_period", "period", labels, totals, order);
  }
  const warnings: Issue[] = [
    ...log.warnings,
    ...excludedWarning(noHours, "value", fn),
    ...smallNWarnings(n, options.smallN ?? 30),
  ];
  return {
    kind: "volunteerHours",
    tables: tables as VolunteerHoursTables,
    n,
    unit: "person",
    method: "sum",
    parameters: {
      by,
      period: options.period ?? null,
      bands: bounds,
      person: personColumn,
      date: dateColumn,
      hours: hoursColumn,
      rowsRead: log.total,
      rowsUsed: records,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
