import { escape as aqEscape, type ColumnTable } from "arquero";
import { reach } from "../analyses/reach.js";
import { readColumn } from "../columnar/read-column.js";
import { countDistinct } from "../privacy/count-distinct.js";
import {
  figureFrom,
  firstRow,
  has,
  type IndicatorPrivacy,
  nonEmpty,
  perturbPoints,
  pointsFrom,
  recordKeyOption,
  series,
} from "./shared.js";
import type { SectionIndicators } from "./types.js";

/** Options of {@link beneficiaryIndicators}. */
export interface BeneficiaryIndicatorOptions {
  privacy: IndicatorPrivacy;
}

/**
 * Every number the beneficiaries section publishes: people registered (and by situation) from the
 * register; people reached, visits, median visits per person, visits per person in bands, people by
 * service and by month from the visit log. All pass through small-cell suppression.
 *
 * @param register - a clean `beneficiaries` table, or `null`
 * @param visits - a clean `visits` table, or `null`
 * @param options - privacy profile and threshold
 * @returns figures `beneficiaries.registered`, `beneficiaries.reached`, `beneficiaries.visits`,
 *   `beneficiaries.median_visits` and their series
 * @example
 * beneficiaryIndicators(register, visits, { privacy: { profile: "public", k: 10 } }).figures.map((f) => f.id)
 * // => ["beneficiaries.registered", "beneficiaries.reached", "beneficiaries.visits", "beneficiaries.median_visits"]
 */
export function beneficiaryIndicators(
  register: ColumnTable | null,
  visits: ColumnTable | null,
  options: BeneficiaryIndicatorOptions,
): SectionIndicators {
  const { privacy } = options;
  // with cell keys, every count is perturbed by the cell-key method after suppression
  const count = (table: ColumnTable, by: string[], name: string, person?: string) => {
    const out = countDistinct(table, {
      by,
      name,
      profile: privacy.profile,
      k: privacy.k,
      ...(person ? { person } : {}),
      ...recordKeyOption(privacy, table, person),
    });
    privacy.cellKeys?.log.push(...(out.perturbed ?? []));
    return out;
  };
  const out: SectionIndicators = {
    id: "beneficiaries",
    figures: [],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: [],
  };
  if (has(register, "person_id")) {
    const people = count(register, [], "beneficiaries_registered", "person_id");
    out.suppressed.push(...people.suppressed);
    const registered = Number(firstRow(people.table)?.n ?? 0);
    out.figures.push(
      figureFrom(
        firstRow(people.table),
        "n",
        { id: "beneficiaries.registered", format: "count", n: registered, unit: "person", method: "count-distinct" },
        privacy,
      ),
    );
    if (has(register, "situation")) {
      const bySituation = count(
        nonEmpty(register, "situation"),
        ["situation"],
        "beneficiaries_by_situation",
        "person_id",
      );
      out.suppressed.push(...bySituation.suppressed);
      if (bySituation.table.numRows() > 0) {
        out.series.push(
          series(
            "beneficiaries-by-situation",
            "situation",
            "people",
            "count",
            registered,
            pointsFrom(bySituation.table, "situation", "n"),
            privacy,
          ),
        );
      }
    }
  }
  if (has(visits, "person_id")) {
    const reached = count(visits, [], "people_reached", "person_id");
    const all = count(visits, [], "visits");
    out.suppressed.push(...reached.suppressed, ...all.suppressed);
    const reachedRow = firstRow(reached.table);
    const n = typeof reachedRow?.n === "number" ? reachedRow.n : 0;
    // a base equal to the people reached is published as they are (perturbed with a key)
    const exactReached = reached.perturbed?.[0]?.exact ?? n;
    const baseOf = (exact: number): number => (exact === exactReached ? n : exact);
    out.figures.push(
      figureFrom(
        reachedRow,
        "n",
        { id: "beneficiaries.reached", format: "count", n, unit: "person", method: "count-distinct" },
        privacy,
      ),
      figureFrom(
        firstRow(all.table),
        "n",
        {
          id: "beneficiaries.visits",
          format: "count",
          n: typeof firstRow(all.table)?.n === "number" ? (firstRow(all.table)?.n as number) : visits.numRows(),
          unit: "record",
          method: "count",
        },
        privacy,
      ),
    );
    if (has(visits, "visit_date")) {
      const r = reach(visits, { by: [], privacy });
      out.suppressed.push(...r.suppressed);
      out.figures.push(
        figureFrom(
          firstRow(r.tables.total),
          "median_visits",
          { id: "beneficiaries.median_visits", format: "decimal", n: baseOf(r.n), unit: "person", method: "median" },
          privacy,
        ),
      );
      const bands = r.tables.visits_per_person;
      if (bands.numRows() > 1) {
        out.series.push(
          series(
            "beneficiaries-visits-per-person",
            "visit_band",
            "people",
            "count",
            baseOf(r.n),
            perturbPoints(pointsFrom(bands, "band", "people"), bandMembers(visits, bands), privacy),
            privacy,
          ),
        );
      }
    }
    if (has(visits, "service")) {
      const byService = count(nonEmpty(visits, "service"), ["service"], "people_by_service", "person_id");
      out.suppressed.push(...byService.suppressed);
      if (byService.table.numRows() > 0) {
        out.series.push(
          series(
            "beneficiaries-by-service",
            "service",
            "people",
            "count",
            n,
            pointsFrom(byService.table, "service", "n"),
            privacy,
          ),
        );
      }
    }
    if (has(visits, "visit_date")) {
      const withMonth = visits
        .filter(aqEscape((d: Record<string, unknown>) => d.visit_date instanceof Date))
        .derive({ month: aqEscape((d: Record<string, unknown>) => (d.visit_date as Date).toISOString().slice(0, 7)) })
        .orderby("month");
      const byMonth = count(withMonth, ["month"], "people_by_month", "person_id");
      out.suppressed.push(...byMonth.suppressed);
      if (byMonth.table.numRows() > 1) {
        out.series.push(
          series(
            "beneficiaries-by-month",
            "month",
            "people",
            "count",
            n,
            pointsFrom(byMonth.table.orderby("month"), "month", "n"),
            privacy,
          ),
        );
      }
    }
  }
  return out;
}

/** The people of each band of visits per person (labels and bounds from `reach`'s table) (internal). */
function bandMembers(visits: ColumnTable, bands: ColumnTable): Map<string, Set<string>> {
  const perPerson = new Map<string, number>();
  const ids = readColumn(visits, "person_id");
  const dates = readColumn(visits, "visit_date");
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i];
    if (id === null || id === undefined || String(id).trim() === "" || !(dates[i] instanceof Date)) continue;
    const key = String(id).trim();
    perPerson.set(key, (perPerson.get(key) ?? 0) + 1);
  }
  const rows = bands.objects() as { band?: unknown; lower?: unknown; upper?: unknown }[];
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const lower = typeof row.lower === "number" ? row.lower : 1;
    const upper = typeof row.upper === "number" ? row.upper : Number.POSITIVE_INFINITY;
    const set = new Set<string>();
    for (const [id, visitsOf] of perPerson) if (visitsOf >= lower && visitsOf <= upper) set.add(id);
    out.set(String(row.band ?? ""), set);
  }
  return out;
}
