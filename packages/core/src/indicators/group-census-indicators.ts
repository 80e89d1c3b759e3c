import type { ColumnTable } from "arquero";
import { labelKey } from "../clean/label-key.js";
import { countryCode } from "../geo/country-code.js";
import { statusVocabulary } from "../locales/recognition/vocabularies/status.js";
import type { Figure, IndicatorTable, SectionIndicators, Series, TableCell } from "./types.js";

/** Options of {@link groupCensusIndicators}. */
export interface GroupCensusOptions {
  /** The period (ISO dates, inclusive); default: up to the latest last-action date of the file. */
  period?: { from: string; to: string } | null;
  /** A group is active when it acted in this many months ending on the period's last day (default 12, from 1 to 120). */
  activeWithinMonths?: number;
  /** Communes listed in the `groups-by-commune` table, the most groups first (default 50); the rest are one line, commune `"other"`. */
  communeRows?: number;
}

/** Default of {@link GroupCensusOptions.activeWithinMonths}. */
export const ACTIVE_WITHIN_MONTHS = 12;

const DAY = 86_400_000;

/** The first day of the window of activity: `months` months before `to`, plus one day (internal). */
export function activeWindowStart(to: string, months: number): string {
  const [y, m, d] = to.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const start = Date.UTC(year, month, Math.min(d, last)) + DAY;
  return new Date(start).toISOString().slice(0, 10);
}

const STATUS_MEANING = new Map<string, { id: string; meaning: string }>();
for (const e of statusVocabulary.entries)
  for (const text of [e.label.fr, e.label.en, ...e.variants.fr, ...e.variants.en])
    STATUS_MEANING.set(labelKey(text), { id: e.id, meaning: e.meaning ?? "" });

function dayOf(v: unknown): number | null {
  return v instanceof Date && Number.isFinite(v.getTime()) ? v.getTime() : null;
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

const ok = (value: TableCell["value"]): TableCell => ({ value, status: "ok" });

/**
 * The census of local groups: how many there are, how many are active by a stated rule, the share
 * that reported in the period, groups by country and by commune, new and closed groups by year.
 *
 * Why: a network of local groups across communes and countries needs to know which of them still
 * act. The rule is one date: a group is **active** when its last action is dated in the
 * `activeWithinMonths` months (default 12) ending on the last day of the period, or later (a group that
 * acted after the period was not closed in it); without a last-action date, its status column decides
 * (active, being set up = active); without either, it is inactive. A group **reported in the period**
 * when its last action is dated on or after the period's first day. A group is **new** in the year of its
 * creation date; it is **closed** in the year of its last action when its status says closed (closed,
 * dissolved...) or, in a file without a status column, when it is inactive by the rule. Countries are read
 * as ISO 3166-1 alpha-2 codes ("Belgique", "BE", "Belgium" → `"BE"`); a country no table knows stays as
 * written. Groups are organisations, not people: their counts are published as they are (no suppression).
 *
 * @param groups - a clean `groups` table (`last_activity_date`, `created_date`, `status`, `country`, `commune` when present)
 * @param options - period, months of the rule, commune rows
 * @returns section `groups`: figures `groups.total`, `groups.active`, `groups.inactive`, `groups.reported_share`,
 *   `groups.countries`, `groups.communes`; series `groups-by-country` (ISO codes), `groups-active-by-country`,
 *   `groups-new-by-year`, `groups-closed-by-year`; tables `groups-by-country`, `groups-by-year`, `groups-by-commune`
 * @throws RangeError when `activeWithinMonths` is not an integer from 1 to 120
 * @example
 * const census = groupCensusIndicators(groups, { period: { from: "2025-01-01", to: "2025-12-31" } });
 * census.figures.find((f) => f.id === "groups.active")?.value // => 2
 */
export function groupCensusIndicators(groups: ColumnTable, options: GroupCensusOptions = {}): SectionIndicators {
  const months = options.activeWithinMonths ?? ACTIVE_WITHIN_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new RangeError("groupCensusIndicators: activeWithinMonths must be an integer from 1 to 120");
  const columns = new Set(groups.columnNames());
  const n = groups.numRows();
  const col = (name: string): ArrayLike<unknown> | null => (columns.has(name) ? groups.array(name) : null);
  const last = col("last_activity_date");
  const created = col("created_date");
  const status = col("status");
  const country = col("country");
  const commune = col("commune");
  let latest = Number.NEGATIVE_INFINITY;
  if (last) for (let i = 0; i < n; i++) latest = Math.max(latest, dayOf(last[i]) ?? latest);
  const to =
    options.period?.to ?? (Number.isFinite(latest) ? new Date(latest).toISOString().slice(0, 10) : "1970-01-01");
  const windowStart = activeWindowStart(to, months);
  const from = options.period?.from ?? windowStart;
  const startMs = Date.parse(`${windowStart}T00:00:00Z`);
  const fromMs = Date.parse(`${from}T00:00:00Z`);

  let active = 0;
  let reported = 0;
  const byCountry = new Map<string, { groups: number; active: number }>();
  const byCommune = new Map<string, { commune: string; country: string; groups: number; active: number }>();
  const newByYear = new Map<string, number>();
  const closedByYear = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const at = last ? dayOf(last[i]) : null;
    const meaning = status ? STATUS_MEANING.get(labelKey(text(status[i]))) : undefined;
    const isActive = at !== null ? at >= startMs : meaning?.meaning === "active";
    if (isActive) active++;
    if (at !== null && at >= fromMs) reported++;
    const code = country ? (countryCode(text(country[i])) ?? text(country[i])) : "";
    const c = byCountry.get(code) ?? { groups: 0, active: 0 };
    c.groups++;
    if (isActive) c.active++;
    byCountry.set(code, c);
    const place = commune ? text(commune[i]) : "";
    const key = `${code}\u0000${place.toLowerCase()}`;
    const p = byCommune.get(key) ?? { commune: place, country: code, groups: 0, active: 0 };
    p.groups++;
    if (isActive) p.active++;
    byCommune.set(key, p);
    const born = created ? dayOf(created[i]) : null;
    if (born !== null) {
      const year = new Date(born).toISOString().slice(0, 4);
      newByYear.set(year, (newByYear.get(year) ?? 0) + 1);
    }
    const closed = status ? meaning?.id === "closed" : !isActive;
    if (closed && at !== null) {
      const year = new Date(at).toISOString().slice(0, 4);
      closedByYear.set(year, (closedByYear.get(year) ?? 0) + 1);
    }
  }

  const figure = (id: string, value: number, format: Figure["format"] = "count"): Figure => ({
    id,
    value,
    format,
    n,
    nStatus: "ok",
    unit: "group",
    method: format === "percent" ? "share" : "count",
    status: "ok",
  });
  const countries = [...byCountry].sort(([a, x], [b, y]) => y.groups - x.groups || a.localeCompare(b));
  const communes = [...byCommune.values()].sort(
    (a, b) => b.groups - a.groups || a.country.localeCompare(b.country) || a.commune.localeCompare(b.commune),
  );
  const years = [...new Set([...newByYear.keys(), ...closedByYear.keys()])].sort();
  const seriesOf = (id: string, dimension: string, points: [string, number][]): Series => ({
    id,
    dimension,
    measure: "groups",
    format: "count",
    n,
    points: points.map(([category, value]) => ({ category, value, status: "ok" as const })),
  });
  const shown = Math.max(0, options.communeRows ?? 50);
  const rest = communes.slice(shown);
  const communeRows: TableCell[][] = communes
    .slice(0, shown)
    .map((p) => [ok(p.commune), ok(p.country), ok(p.groups), ok(p.active)]);
  if (rest.length > 0)
    communeRows.push([
      ok("other"),
      ok(""),
      ok(rest.reduce((s, p) => s + p.groups, 0)),
      ok(rest.reduce((s, p) => s + p.active, 0)),
    ]);
  const tables: IndicatorTable[] = [
    {
      id: "groups-by-country",
      columns: [
        { name: "country_code", format: "text" },
        { name: "groups", format: "count" },
        { name: "active", format: "count" },
        { name: "inactive", format: "count" },
      ],
      rows: countries.map(([code, c]) => [ok(code), ok(c.groups), ok(c.active), ok(c.groups - c.active)]),
    },
    {
      id: "groups-by-year",
      columns: [
        { name: "year", format: "text" },
        { name: "new", format: "count" },
        { name: "closed", format: "count" },
      ],
      rows: years.map((y) => [ok(y), ok(newByYear.get(y) ?? 0), ok(closedByYear.get(y) ?? 0)]),
    },
    {
      id: "groups-by-commune",
      columns: [
        { name: "commune", format: "text" },
        { name: "country_code", format: "text" },
        { name: "groups", format: "count" },
        { name: "active", format: "count" },
      ],
      rows: communeRows,
    },
  ];
  return {
    id: "groups",
    figures: [
      figure("groups.total", n),
      figure("groups.active", active),
      figure("groups.inactive", n - active),
      ...(n > 0 ? [figure("groups.reported_share", reported / n, "percent")] : []),
      figure("groups.countries", [...byCountry.keys()].filter((k) => k !== "").length),
      figure("groups.communes", communes.filter((p) => p.commune !== "").length),
    ],
    series: [
      seriesOf(
        "groups-by-country",
        "country_code",
        countries.map(([code, c]) => [code, c.groups]),
      ),
      seriesOf(
        "groups-active-by-country",
        "country_code",
        countries.map(([code, c]) => [code, c.active]),
      ),
      seriesOf(
        "groups-new-by-year",
        "year",
        years.map((y) => [y, newByYear.get(y) ?? 0]),
      ),
      seriesOf(
        "groups-closed-by-year",
        "year",
        years.map((y) => [y, closedByYear.get(y) ?? 0]),
      ),
    ],
    tables,
    suppressed: [],
    warnings: [],
    methods: [
      {
        code: "indicators.groups.rule",
        severity: "info",
        params: { months, from: windowStart, to, period_from: from },
      },
    ],
  };
}
