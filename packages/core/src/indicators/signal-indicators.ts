import type { ColumnTable } from "arquero";
import { detectSignals, type MonthlyCell, type MonthlySeries, type Signal } from "../analyses/detect-signals.js";
import { dayColumn, NO_DAY } from "../columnar/day-column.js";
import { encodeColumn } from "../columnar/encode-column.js";
import { monthCodes } from "../columnar/month-codes.js";
import { readColumnOrCodes } from "../columnar/read-column.js";
import { type CountDistinctOutput, countDistinctCoded } from "../privacy/count-distinct.js";
import { type KeyCodes, type MemberCodes, memberCodesOf } from "../privacy/known-codes.js";
import { type IndicatorPrivacy, statusOf } from "./shared.js";
import type { CellStatus, SectionIndicators } from "./types.js";

/** Options of {@link signalIndicators}. */
export interface SignalIndicatorOptions {
  privacy: IndicatorPrivacy;
}

/** The signals section: its published figures, and the signals themselves. */
export interface SignalSection extends SectionIndicators {
  signals: Signal[];
  /** the months looked at, `"YYYY-MM"`, first and last */
  window: { from: string; to: string } | null;
  /** how many monthly cells were tested (shown cells of every series, for the false-alarm rate) */
  tested: number;
}

interface Log {
  table: ColumnTable;
  date: string;
  dimensions: readonly string[];
  /** measure → person column (distinct people) or null (rows) */
  measures: readonly { measure: string; person: string | null; sum?: string }[];
}

const DAY = 86_400_000;
/** The label of margin rows (never a category of the data). */
const TOTAL = "\u0000total";
/** Breakdowns with more categories than this are not looked at month by month. */
const MAX_CATEGORIES = 40;

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The whole months a log covers: a first or last month with under three weeks of dates is left out (internal). */
function windowOf(dates: readonly Date[]): string[] {
  if (dates.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of dates) {
    const t = d.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const first = new Date(min);
  const last = new Date(max);
  const all = months(first.toISOString().slice(0, 7), last.toISOString().slice(0, 7));
  const endOfLast = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1) - DAY;
  if (first.getUTCDate() > 8) all.shift();
  if ((endOfLast - max) / DAY > 7) all.pop();
  return all;
}

/** The monthly series of one log, by each breakdown, protected (internal). */
function seriesOf(log: Log, privacy: IndicatorPrivacy): { series: MonthlySeries[]; window: string[] } {
  const names = new Set(log.table.columnNames());
  // the month of each row as a code (each day's month written once), and the window's months
  const days = dayColumn(log.table, log.date);
  const { codes: monthCode, labels } = monthCodes(log.table, log.date);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const window = min > max ? [] : windowOf([new Date(min * DAY), new Date(max * DAY)]);
  if (window.length === 0) return { series: [], window };
  const monthIndex = new Map(window.map((month, i) => [month, i]));
  const inWindow = Int32Array.from(labels, (label) => monthIndex.get(label) ?? -1);
  // each summed column as codes and the number of each code (NaN when not a finite number)
  const summed = new Map<string, { codes: Int32Array; numbers: Float64Array }>();
  for (const m of log.measures)
    if (m.sum !== undefined && names.has(m.sum) && !summed.has(m.sum)) {
      const { codes, dictionary } = encodeColumn(log.table, m.sum);
      const numbers = Float64Array.from(dictionary, (v) =>
        typeof v === "number" && Number.isFinite(v) ? v : Number.NaN,
      );
      summed.set(m.sum, { codes, numbers });
    }
  // the month of each row as a place in the window (-1 outside it or without a date), computed from
  // the month codes as each row is met: no array of the window's rows beside the log's
  const placeOf = (i: number): number => {
    const c = monthCode[i] as number;
    return c < 0 ? -1 : (inWindow[c] as number);
  };
  let rows = 0;
  for (let i = 0; i < monthCode.length; i++) if (placeOf(i) >= 0) rows++;
  const out: MonthlySeries[] = [];
  /** months of the whole association hidden as the margin of a breakdown, by measure */
  const hiddenWhole = new Map<string, Set<string>>();
  const breakdowns: string[][] = [[], ...log.dimensions.filter((d) => names.has(d)).map((d) => [d])];
  // each person column's people, told apart once for every breakdown (as countDistinct would)
  const peopleOf = new Map<string, MemberCodes>();
  for (const m of log.measures)
    if (m.person !== null && names.has(m.person) && !peopleOf.has(m.person))
      peopleOf.set(m.person, memberCodesOf(readColumnOrCodes(log.table, m.person), log.table.numRows()));
  // the rows of a breakdown: their row in the log, month (place in the window) and category, as codes
  const rowOf = new Int32Array(rows);
  const monthOfRows = new Int32Array(rows);
  const categoryOfRows = new Int32Array(rows);
  // each person column's members of a breakdown's rows, one array reused from breakdown to breakdown
  const memberRows = new Map<string, Int32Array>();
  for (const c of peopleOf.keys()) memberRows.set(c, new Int32Array(rows));
  for (const by of breakdowns) {
    const dim = by[0];
    // the dimension's values as codes, and each code's category once met (-2 before, -1 for a blank)
    const dimCoded = dim === undefined ? null : encodeColumn(log.table, dim);
    const categoryOfCode = dimCoded === null ? null : new Int32Array(dimCoded.dictionary.length).fill(-2);
    // rows with the dimension filled, their category, and the months each category has rows in
    let count = 0;
    const categories: string[] = [];
    const seenIn: Uint8Array[] = [];
    for (let i = 0; i < monthCode.length; i++) {
      const w = placeOf(i);
      if (w < 0) continue;
      let c = 0;
      if (dimCoded === null || categoryOfCode === null) {
        // the whole association: one category, met at the first row
        if (categories.length === 0) {
          categories.push("all");
          seenIn.push(new Uint8Array(window.length));
        }
      } else {
        const code = dimCoded.codes[i] as number;
        c = categoryOfCode[code] as number;
        if (c === -2) {
          const v = dimCoded.dictionary[code];
          if (v === null || v === undefined || v === "") c = -1;
          else {
            const key = typeof v === "string" ? v : String(v);
            // two values of one text are one category
            c = categories.indexOf(key);
            if (c < 0) {
              c = categories.push(key) - 1;
              seenIn.push(new Uint8Array(window.length));
            }
          }
          categoryOfCode[code] = c;
          if (categories.length > MAX_CATEGORIES) break;
        }
        if (c < 0) continue;
      }
      rowOf[count] = i;
      monthOfRows[count] = w;
      categoryOfRows[count] = c;
      count++;
      (seenIn[c] as Uint8Array)[w] = 1;
    }
    if (categories.length > MAX_CATEGORIES) continue;
    const present = new Map<string, Set<string>>(
      categories.map((key, c) => [key, new Set(window.filter((_, w) => (seenIn[c] as Uint8Array)[w] === 1))]),
    );
    // the months and categories of these rows as codes: countDistinct counts them without a table of values
    const monthOfRow = monthOfRows.subarray(0, count);
    const categoryOfRow = categoryOfRows.subarray(0, count);
    const keys: KeyCodes[] = [{ codes: monthOfRow, first: window }];
    if (dim !== undefined) keys.push({ codes: categoryOfRow, first: categories });
    // each person column's members of these rows
    const membersOf = new Map<string, MemberCodes>();
    for (const [c, people] of peopleOf) {
      // a new view each breakdown, never the same array object: `rowsBySharedCode` (through
      // countDistinctCoded) caches its sort by array object, and these contents change between breakdowns
      const codes = (memberRows.get(c) as Int32Array).subarray(0, count);
      let missing = 0;
      for (let k = 0; k < count; k++) {
        const code = people.codes[rowOf[k] as number] as number;
        codes[k] = code;
        if (code < 0) missing++;
      }
      membersOf.set(c, { codes, members: people.members, missing });
    }
    /** cells by category then month, for each measure */
    const cellsOf = new Map<string, Map<string, Map<string, MonthlyCell>>>();
    const statusBy = new Map<string, CellStatus>();
    let lastCounted: CountDistinctOutput | null = null;
    for (const m of log.measures) {
      if (m.person !== null && !names.has(m.person)) continue;
      if (m.sum !== undefined && !names.has(m.sum)) continue;
      // with the whole association as the margin of each breakdown, so that the whole less the
      // shown categories never gives a hidden one back; a sum reuses the count of its people
      const counted: CountDistinctOutput =
        m.sum !== undefined && lastCounted
          ? lastCounted
          : countDistinctCoded(
              count,
              keys,
              m.person !== null && m.sum === undefined ? (membersOf.get(m.person) ?? null) : null,
              {
                by: ["month", ...by],
                name: `signals_${m.measure}`,
                profile: privacy.profile,
                k: privacy.k,
                ...(dim === undefined ? {} : { totals: true, totalLabel: TOTAL }),
              },
            );
      if (m.person !== null && m.sum === undefined) lastCounted = counted;
      const byCategory = new Map<string, Map<string, MonthlyCell>>();
      const objects = counted.table.objects() as Record<string, unknown>[];
      // each category's sums by month of the window
      const sums = new Map<string, Float64Array>();
      if (m.sum !== undefined) {
        const { codes: sumCodes, numbers } = summed.get(m.sum) as { codes: Int32Array; numbers: Float64Array };
        const byCode: (Float64Array | undefined)[] = [];
        for (let r = 0; r < count; r++) {
          const v = numbers[sumCodes[rowOf[r] as number] as number] as number;
          if (Number.isNaN(v)) continue;
          const c = dim === undefined ? 0 : (categoryOfRow[r] as number);
          let byMonth = byCode[c];
          if (!byMonth) {
            byMonth = new Float64Array(window.length);
            byCode[c] = byMonth;
          }
          const at = monthOfRow[r] as number;
          byMonth[at] = (byMonth[at] as number) + v;
        }
        byCode.forEach((byMonth, c) => {
          if (byMonth) sums.set(dim === undefined ? "" : (categories[c] as string), byMonth);
        });
      }
      for (const o of objects) {
        const category = dim === undefined ? "" : String(o[dim]);
        const month = String(o.month);
        if (month === TOTAL) continue;
        if (category === TOTAL) {
          // a margin hidden here hides the month of the whole association
          if (statusOf(o.n_status) !== "ok") {
            const set = hiddenWhole.get(m.measure) ?? new Set<string>();
            set.add(month);
            hiddenWhole.set(m.measure, set);
          }
          continue;
        }
        let status = statusOf(o.n_status);
        let value: number | null = typeof o.n === "number" ? o.n : null;
        if (m.sum !== undefined) {
          // a sum of hours is shown only where the number of people behind it is
          status = statusBy.get(`${category}\u0000${month}`) ?? status;
          const sum = sums.get(category)?.[monthIndex.get(month) ?? -1] ?? 0;
          value = status === "ok" ? Math.round(sum * 100) / 100 : null;
        } else if (m.person !== null) statusBy.set(`${category}\u0000${month}`, status);
        if (status !== "ok") value = null;
        let cells = byCategory.get(category);
        if (!cells) {
          cells = new Map();
          byCategory.set(category, cells);
        }
        cells.set(month, { period: month, value, status });
      }
      cellsOf.set(m.measure, byCategory);
    }
    for (const m of log.measures) {
      const byCategory = cellsOf.get(m.measure);
      if (!byCategory) continue;
      const categories = dim === undefined ? [""] : [...present.keys()].sort((a, b) => a.localeCompare(b));
      for (const category of categories) {
        const found = byCategory.get(category);
        const cells = window.map(
          (period): MonthlyCell => found?.get(period) ?? { period, value: 0, status: "ok" as const },
        );
        out.push({
          measure: m.measure,
          where: dim === undefined ? {} : { [dim]: category },
          cells,
          counts: m.sum === undefined,
          presence: m === log.measures[0],
          ...(dim === undefined ? {} : { present: present.get(category) as Set<string> }),
        });
      }
    }
  }
  for (const series of out) {
    if (Object.keys(series.where).length > 0) continue;
    const hidden = hiddenWhole.get(series.measure);
    // hours follow the volunteers they rest on
    const people = series.measure === "hours" ? hiddenWhole.get("volunteers") : undefined;
    if (!hidden && !people) continue;
    series.cells = series.cells.map((c) =>
      hidden?.has(c.period) || people?.has(c.period) ? { period: c.period, value: null, status: "suppressed" } : c,
    );
  }
  return { series: out, window };
}

/**
 * The weak signals of an association's monthly figures: visits and people reached (visit log),
 * volunteers active and hours given (volunteer log), each for the whole association and broken
 * down by site, service and activity, run through {@link detectSignals} after small-cell
 * suppression, so that no signal rests on a hidden cell nor shows a small count.
 *
 * @param visits - a clean `visits` table (visit_date, person_id, site, service), or `null`
 * @param volunteers - a clean `volunteers` table (activity_date, person_id, hours, site, activity), or `null`
 * @param options - privacy profile and threshold
 * @returns the section `signals` (figure `signals.count`), the signals, the window and the cells tested
 * @example
 * signalIndicators(visits, null, { privacy: { profile: "public", k: 10 } }).signals[0]
 * // => { code: "anomaly.neighbours", measure: "visits", where: { site: "Antenne Nord" }, period: "2025-09", direction: "down", observed: 11, expected: 30, score: -6.1 }
 */
export function signalIndicators(
  visits: ColumnTable | null,
  volunteers: ColumnTable | null,
  options: SignalIndicatorOptions,
): SignalSection {
  const { privacy } = options;
  const logs: Log[] = [];
  if (visits?.columnNames().includes("visit_date"))
    logs.push({
      table: visits,
      date: "visit_date",
      dimensions: ["site", "service"],
      measures: [
        { measure: "visits", person: null },
        { measure: "people", person: "person_id" },
      ],
    });
  if (volunteers?.columnNames().includes("activity_date"))
    logs.push({
      table: volunteers,
      date: "activity_date",
      dimensions: ["site", "activity"],
      measures: [
        { measure: "volunteers", person: "person_id" },
        { measure: "hours", person: "person_id", sum: "hours" },
      ],
    });
  const signals: Signal[] = [];
  let tested = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const log of logs) {
    const { series, window } = seriesOf(log, privacy);
    signals.push(...detectSignals(series, { k: privacy.k }));
    for (const s of series) tested += s.cells.filter((c) => c.status === "ok").length;
    const first = window[0];
    const last = window.at(-1);
    if (first && (from === null || first < from)) from = first;
    if (last && (to === null || last > to)) to = last;
  }
  return {
    id: "signals",
    figures: [
      {
        id: "signals.count",
        value: signals.length,
        format: "count",
        n: tested,
        nStatus: "ok",
        unit: "record",
        method: "modified-z-iqr",
        status: "ok",
      },
    ],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: [{ code: "indicators.method.signals", severity: "info", params: { k: privacy.k } }],
    signals,
    window: from && to ? { from, to } : null,
    tested,
  };
}
