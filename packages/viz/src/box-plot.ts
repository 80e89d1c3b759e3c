import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatNumber } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, suppressionLabel } from "./internal/status.js";
import { palette, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link boxPlot}. */
export interface BoxPlotOptions extends BaseChartOptions {
  /** Field of the numbers. */
  y: string;
  /** Field of the groups; one box for all rows when absent. */
  x?: string;
  /** Groups with fewer than k values show "n < k" instead of a box. Default 10. */
  k?: number;
  /** Title of the value axis and what is measured. Default: the field name. */
  yTitle?: string;
  xTitle?: string;
}

/** Quantile of sorted values, R's default (type 7): linear between order statistics. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const a = sorted[low] ?? 0;
  const b = sorted[Math.min(sorted.length - 1, low + 1)] ?? a;
  return Math.round((a + (h - low) * (b - a)) * 1e9) / 1e9;
}

/**
 * A box plot per group: quartiles and median (R's type 7 quantiles), whiskers at the 10th and 90th
 * percentiles. Statistics are computed here so the spec holds no list of values; neither the
 * minimum, the maximum nor outliers are drawn (they are one person's value), and a group with
 * fewer than k values shows "n < k".
 *
 * Why: compares distributions (hours per volunteer by site) without exposing anyone's value.
 *
 * @param data - table or objects, one row per person or record
 * @param options - `y`, optional `x`, `k`, titles; see {@link BoxPlotOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "boxPlot: needs a column …" when a field is missing; RangeError on bad k or sizes
 * @example
 * const rows = Array.from({ length: 11 }, (_, i) => ({ hours: i }));
 * boxPlot(rows, { y: "hours", lang: "en" }).usermeta.solidata.table.rows[0]?.median // => 5
 */
export function boxPlot(data: ChartData, options: BoxPlotOptions): ChartSpec {
  const name = "boxPlot";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  requireField(rows, options.y, name);
  if (options.x !== undefined) requireField(rows, options.x, name);
  const k = checkK(options.k, name);
  const yTitle = options.yTitle ?? options.y;
  const xTitle = options.xTitle ?? options.x ?? "";
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const value = toNumber(row[options.y]);
    if (value === null) continue;
    const group = options.x === undefined ? yTitle : toLabel(row[options.x]);
    const list = groups.get(group) ?? [];
    list.push(value);
    groups.set(group, list);
  }
  const boxes = [...groups].map(([group, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    if (n < k) {
      return {
        group,
        n: null,
        q1: null,
        median: null,
        q3: null,
        low: null,
        high: null,
        suppressed: true,
        status_label: suppressionLabel("small-base", null, k, lang),
      };
    }
    const q1 = quantile(sorted, 0.25);
    const median = quantile(sorted, 0.5);
    const q3 = quantile(sorted, 0.75);
    const low = quantile(sorted, 0.1);
    const high = quantile(sorted, 0.9);
    return { group, n, q1, median, q3, low, high, suppressed: false, status_label: "" };
  });
  const categories = boxes.map((box) => box.group);
  const x = { field: "group", type: "nominal", title: xTitle, sort: categories, axis: { labelAngle: 0 } };
  const shown = "!datum.suppressed";
  const tooltip = [
    { field: "group", type: "nominal", title: xTitle || yTitle },
    { field: "n", type: "quantitative", title: "n" },
    { field: "q1", type: "quantitative", title: "Q1" },
    { field: "median", type: "quantitative", title: vizText(lang, "medianTitle") },
    { field: "q3", type: "quantitative", title: "Q3" },
  ];
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: shown }],
      mark: { type: "rule", color: "#333333" },
      encoding: { x, y: { field: "low", type: "quantitative", title: yTitle }, y2: { field: "high" } },
    },
    {
      transform: [{ filter: shown }],
      mark: { type: "bar", size: 28, color: palette[0], opacity: 0.85 },
      encoding: { x, y: { field: "q1", type: "quantitative" }, y2: { field: "q3" }, tooltip },
    },
    {
      transform: [{ filter: shown }],
      mark: { type: "tick", color: "#ffffff", size: 28, thickness: 2 },
      encoding: { x, y: { field: "median", type: "quantitative" } },
    },
  ];
  const suppressedCount = boxes.filter((box) => box.suppressed).length;
  if (suppressedCount > 0) {
    layers.push({
      transform: [{ filter: "datum.suppressed" }, { calculate: "0", as: "foot" }],
      mark: { type: "text", baseline: "bottom", dy: -3, fontWeight: "bold", color: suppressedStyle.text },
      encoding: { x, y: { field: "foot", type: "quantitative" }, text: { field: "status_label" } },
    });
  }
  const withMedian = boxes.filter((box) => box.median !== null);
  const top = withMedian.reduce<(typeof boxes)[number] | undefined>(
    (best, box) => (best && (best.median ?? 0) >= (box.median ?? 0) ? best : box),
    undefined,
  );
  const description = [
    vizText(lang, "boxDescription", { measure: yTitle, category: xTitle || yTitle, count: boxes.length }),
    top ? vizText(lang, "medianOf", { label: top.group, value: formatNumber(top.median ?? 0, lang) }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const medianTitle = vizText(lang, "medianTitle");
  return finalize(
    {
      width: checkSize(options.width, Math.min(800, Math.max(160, boxes.length * 70)), "width", name),
      height: checkSize(options.height, 260, "height", name),
      data: { values: boxes },
      layer: layers,
    },
    {
      chart: "box",
      title:
        options.title ??
        (options.x === undefined ? yTitle : vizText(lang, "by", { measure: yTitle, category: xTitle })),
      description,
      table: {
        columns: [
          { key: "group", title: xTitle || yTitle, kind: "text" },
          { key: "n", title: "n", kind: "number", status: "status_label" },
          { key: "low", title: vizText(lang, "firstDecile"), kind: "number" },
          { key: "q1", title: "Q1", kind: "number" },
          { key: "median", title: medianTitle, kind: "number" },
          { key: "q3", title: "Q3", kind: "number" },
          { key: "high", title: vizText(lang, "ninthDecile"), kind: "number" },
        ],
        rows: boxes.map(({ suppressed: _s, ...rest }) => rest),
      },
    },
    options,
  );
}
