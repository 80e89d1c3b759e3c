import type { ColumnTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { countDistinct } from "../privacy/count-distinct.js";
import {
  figureFrom,
  firstRow,
  has,
  type IndicatorPrivacy,
  nonEmpty,
  pointsFrom,
  recordKeyOption,
  series,
} from "./shared.js";
import type { SectionIndicators } from "./types.js";

/** Options of {@link territoryIndicators}. */
export interface TerritoryIndicatorOptions {
  privacy: IndicatorPrivacy;
}

/**
 * Every number the territory section publishes: people by département (from the register, else the
 * visit log), the number of départements represented, local groups and groups by status.
 *
 * @param register - a clean `beneficiaries` table, or `null`
 * @param visits - a clean `visits` table, or `null`
 * @param groups - a clean `groups` table, or `null`
 * @param options - privacy profile and threshold
 * @returns figures `territory.departements`, `territory.groups` and series `territory-people-by-departement`,
 *   `territory-groups-by-status`; `source` says which file the places come from
 * @example
 * territoryIndicators(register, null, null, { privacy: { profile: "public", k: 10 } }).series[0].dimension // => "departement"
 */
export function territoryIndicators(
  register: ColumnTable | null,
  visits: ColumnTable | null,
  groups: ColumnTable | null,
  options: TerritoryIndicatorOptions,
): SectionIndicators & { source: "beneficiaries" | "visits" | null } {
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
  const out: SectionIndicators & { source: "beneficiaries" | "visits" | null } = {
    id: "territory",
    figures: [],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: [],
    source: null,
  };
  const source = has(register, "departement") ? register : has(visits, "departement") ? visits : null;
  if (source && has(source, "person_id")) {
    out.source = source === register ? "beneficiaries" : "visits";
    const placed = nonEmpty(source, "departement");
    const byDep = count(placed, ["departement"], "people_by_departement", "person_id");
    out.suppressed.push(...byDep.suppressed);
    const sorted = byDep.table.orderby("departement");
    const people = count(placed, [], "people_placed", "person_id");
    const placedPeople = Number(firstRow(people.table)?.n ?? 0);
    out.figures.push(
      figureFrom(
        { value: sorted.numRows() },
        "value",
        { id: "territory.departements", format: "count", n: placedPeople, unit: "person", method: "count-distinct" },
        privacy,
      ),
    );
    if (sorted.numRows() > 0) {
      out.series.push(
        series(
          "territory-people-by-departement",
          "departement",
          "people",
          "count",
          placedPeople,
          pointsFrom(sorted, "departement", "n"),
          privacy,
        ),
      );
    }
  }
  if (has(groups, "status")) {
    // local groups are organisations, not people: their counts are published as they are
    const statuses = readColumn(groups, "status");
    const byStatus = new Map<string, number>();
    for (let i = 0; i < statuses.length; i++) {
      const v = statuses[i];
      if (v === null || v === undefined || v === "") continue;
      byStatus.set(String(v), (byStatus.get(String(v)) ?? 0) + 1);
    }
    const total = groups.numRows();
    out.figures.push({
      id: "territory.groups",
      value: total,
      format: "count",
      n: total,
      nStatus: "ok",
      unit: "group",
      method: "count",
      status: "ok",
    });
    if (byStatus.size > 0) {
      out.series.push({
        id: "territory-groups-by-status",
        dimension: "status",
        measure: "groups",
        format: "count",
        n: total,
        points: [...byStatus]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([category, value]) => ({ category, value, status: "ok" as const })),
      });
    }
  }
  return out;
}
