import type { ColumnTable } from "arquero";
import { parseBoolean } from "../clean/parse-boolean.js";
import { readColumn } from "../columnar/read-column.js";
import { has } from "./shared.js";
import type { SectionIndicators, SeriesPoint } from "./types.js";

/** Counts of rows by the values of a column, sorted by value (internal). */
function countBy(table: ColumnTable, column: string): SeriesPoint[] {
  const values = readColumn(table, column);
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, value]) => ({ category, value, status: "ok" as const }));
}

/**
 * Every number the sites section publishes, from a clean `sites` table (the places of an association
 * or its partners): how many places, how many say they are accessible, places by département, by
 * commune and by country. Places are not people: their counts are published as they are.
 *
 * @param sites - a clean `sites` table (name, postcode with its département, commune, country, accessibility…)
 * @returns figures `sites.total`, `sites.accessible`; series `sites-by-departement`, `sites-by-country`
 * @example
 * siteIndicators(sites).figures[0] // => { id: "sites.total", value: 3, n: 3, unit: "group", status: "ok", … }
 */
export function siteIndicators(sites: ColumnTable): SectionIndicators {
  const total = sites.numRows();
  const out: SectionIndicators = {
    id: "sites",
    figures: [
      {
        id: "sites.total",
        value: total,
        format: "count",
        n: total,
        nStatus: "ok",
        unit: "group",
        method: "count",
        status: "ok",
      },
    ],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: [],
  };
  if (has(sites, "accessibility")) {
    const values = readColumn(sites, "accessibility");
    let known = 0;
    let yes = 0;
    for (let i = 0; i < values.length; i++) {
      const read = parseBoolean(values[i]);
      if (!read.ok || read.value === null) continue;
      known++;
      if (read.value) yes++;
    }
    // a column of words (wheelchair, partial…) rather than yes/no: counted by its labels
    if (known === 0) {
      const points = countBy(sites, "accessibility");
      if (points.length > 0)
        out.series.push({
          id: "sites-by-accessibility",
          dimension: "accessibility",
          measure: "sites",
          format: "count",
          n: total,
          points,
        });
    }
    if (known > 0)
      out.figures.push({
        id: "sites.accessible",
        value: yes,
        format: "count",
        n: known,
        nStatus: "ok",
        unit: "group",
        method: "count",
        status: "ok",
      });
  }
  if (has(sites, "departement")) {
    const points = countBy(sites, "departement");
    if (points.length > 0)
      out.series.push({
        id: "sites-by-departement",
        dimension: "departement",
        measure: "sites",
        format: "count",
        n: total,
        points,
      });
  }
  if (has(sites, "country")) {
    const points = countBy(sites, "country");
    if (points.length > 1)
      out.series.push({
        id: "sites-by-country",
        dimension: "country",
        measure: "sites",
        format: "count",
        n: total,
        points,
      });
  }
  return out;
}
