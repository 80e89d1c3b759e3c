import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { requireField, toLabel, toRows } from "./internal/rows.js";
import type { BaseChartOptions, ChartData, ChartSpec, TableColumn } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link smallMultiples}. */
export interface SmallMultiplesOptions extends BaseChartOptions {
  /** Field whose values each get a small chart (site, région…). */
  facet: string;
  /** Title of the facet field in texts and the table. Default: the field name. */
  facetTitle?: string;
  /** What the small charts measure, for the description. Default: the first chart's title. */
  measure?: string;
  /** Charts per row (1–12). Default 3. */
  columns?: number;
  /** Draws one small chart from the rows of one facet value, with any builder of this package. */
  chart: (rows: Record<string, unknown>[], facetValue: string) => ChartSpec;
  /** Whether the small charts share their value and colour scales (default true, so they compare). */
  sharedScales?: boolean;
}

const dropped = new Set(["$schema", "config", "usermeta", "description", "title"]);

/**
 * Small multiples: the same chart drawn once per value of a facet field, in a grid, on shared
 * scales.
 *
 * Why: comparing sites or régions side by side is clearer than one crowded chart. Any builder can
 * draw the small charts, so suppressed cells, labels and formats stay the same.
 *
 * @param data - table or objects with the facet field
 * @param options - `facet`, `chart` (a function drawing one small chart), `columns`; see {@link SmallMultiplesOptions}
 * @returns a schema-valid Vega-Lite spec; its table is the small charts' tables stacked, the facet first
 * @throws Error "smallMultiples: needs a column …" when the facet is missing; RangeError on bad columns
 * @example
 * const spec = smallMultiples(rows, { facet: "site", chart: (part) => barChart(part, { x: "month", y: "hours" }) });
 * spec.usermeta.solidata.chart // => "small-multiples"
 */
export function smallMultiples(data: ChartData, options: SmallMultiplesOptions): ChartSpec {
  const name = "smallMultiples";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  requireField(rows, options.facet, name);
  const columnsPerRow = options.columns ?? 3;
  if (!Number.isInteger(columnsPerRow) || columnsPerRow < 1 || columnsPerRow > 12) {
    throw new RangeError(`${name}: needs columns as a whole number from 1 to 12`);
  }
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = toLabel(row[options.facet]);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const facetTitle = options.facetTitle ?? options.facet;
  const charts = [...groups].map(([value, part]) => ({ value, spec: options.chart(part, value) }));
  const parts = charts.map(({ value, spec }) => {
    const view: Record<string, unknown> = { title: { text: value, fontSize: 13, subtitle: "" } };
    for (const [key, entry] of Object.entries(spec)) if (!dropped.has(key)) view[key] = entry;
    return view;
  });
  const firstTable = charts[0]?.spec.usermeta.solidata.table;
  const columns: TableColumn[] = [{ key: "facet", title: facetTitle, kind: "text" }, ...(firstTable?.columns ?? [])];
  const tableRows = charts.flatMap(({ value, spec }) =>
    spec.usermeta.solidata.table.rows.map((row) => ({ facet: value, ...row })),
  );
  const measure = options.measure ?? charts[0]?.spec.usermeta.solidata.title ?? "";
  const description = [
    vizText(lang, "smallMultiplesDescription", { count: charts.length, measure, facet: facetTitle }),
    ...charts.map(({ value, spec }) => `${value}${lang === "en" ? ":" : " :"} ${spec.usermeta.solidata.description}`),
  ].join(" ");
  const shared = options.sharedScales !== false;
  return finalize(
    {
      concat: parts,
      columns: columnsPerRow,
      spacing: 20,
      resolve: { scale: shared ? { x: "shared", y: "shared", color: "shared" } : { color: "shared" } },
    },
    {
      chart: "small-multiples",
      title: options.title ?? vizText(lang, "by", { measure, category: facetTitle }),
      description,
      table: { columns, rows: tableRows },
    },
    options,
  );
}
