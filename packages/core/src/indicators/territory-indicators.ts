import type { ColumnTable } from "arquero";
import { countDistinct } from "../privacy/count-distinct.js";
import { figureFrom, firstRow, has, type IndicatorPrivacy, nonEmpty, pointsFrom, series } from "./shared.js";
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
  const count = (table: ColumnTable, by: string[], name: string, person?: string) =>
    countDistinct(table, { by, name, profile: privacy.profile, k: privacy.k, ...(person ? { person } : {}) });
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
    const all = count(groups, [], "groups");
    const byStatus = count(nonEmpty(groups, "status"), ["status"], "groups_by_status");
    out.suppressed.push(...all.suppressed, ...byStatus.suppressed);
    out.figures.push(
      figureFrom(
        firstRow(all.table),
        "n",
        { id: "territory.groups", format: "count", n: groups.numRows(), unit: "group", method: "count" },
        privacy,
      ),
    );
    if (byStatus.table.numRows() > 0) {
      out.series.push(
        series(
          "territory-groups-by-status",
          "status",
          "groups",
          "count",
          groups.numRows(),
          pointsFrom(byStatus.table, "status", "n"),
          privacy,
          "group",
        ),
      );
    }
  }
  return out;
}
