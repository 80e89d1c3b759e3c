import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatNumber } from "./internal/format.js";
import { checkSize, requireField, toNumber, toRows } from "./internal/rows.js";
import { checkK, suppressionLabel } from "./internal/status.js";
import { palette, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions extends BaseChartOptions {
  /** Field of the numbers to count (age, hours per person…). */
  field: string;
  /** Largest number of bins (2–100). Default 10; the width is rounded to 1, 2, 2.5 or 5 × 10ⁿ. */
  maxBins?: number;
  /** Bins counting from 1 to k − 1 values are shown as "< k", not as their count. Default 10. */
  k?: number;
  /** Axis title of the values. Default: the field name. */
  xTitle?: string;
}

/** A bin width of 1, 2, 2.5 or 5 × 10ⁿ giving at most `maxBins` bins over `[min, max]`. */
function niceStep(min: number, max: number, maxBins: number): number {
  const raw = (max - min) / maxBins;
  if (raw <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const multiple of [1, 2, 2.5, 5, 10]) {
    if (multiple * magnitude >= raw) return multiple * magnitude;
  }
  return 10 * magnitude;
}

/**
 * A histogram of one numeric field: the values are binned here, so the spec holds only bin counts,
 * never the individual values, and bins with fewer than k values show "< k".
 *
 * Why: distributions (age of beneficiaries, hours per volunteer) describe people; counting in the
 * builder keeps person-level values out of the chart, and small bins out of sight. Bins are
 * half-open `[start, end)`, the last one closed.
 *
 * @param data - table or objects, one row per person or record
 * @param options - `field`, `maxBins`, `k`, titles; see {@link HistogramChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "histogramChart: needs a column …" when the field is missing; RangeError on bad maxBins, k or sizes
 * @example
 * const ages = Array.from({ length: 40 }, (_, i) => ({ age: 20 + (i % 4) * 10 }));
 * histogramChart(ages, { field: "age", maxBins: 4, lang: "en" }).usermeta.solidata.table.rows.length // => 3 ([20 ; 30[, [30 ; 40[, [40 ; 50])
 */
export function histogramChart(data: ChartData, options: HistogramChartOptions): ChartSpec {
  const name = "histogramChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  requireField(rows, options.field, name);
  const k = checkK(options.k, name);
  const maxBins = options.maxBins ?? 10;
  if (!Number.isInteger(maxBins) || maxBins < 2 || maxBins > 100) {
    throw new RangeError(`${name}: needs maxBins as a whole number from 2 to 100`);
  }
  const xTitle = options.xTitle ?? options.field;
  const values = rows.flatMap((row) => {
    const value = toNumber(row[options.field]);
    return value === null ? [] : [value];
  });
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 1;
  const round = (value: number): number => Math.round(value * 1e9) / 1e9;
  const step = niceStep(min, max, maxBins);
  const first = Math.floor(min / step) * step;
  const binCount = Math.max(1, Math.ceil(round((max - first) / step)));
  const counts = new Array<number>(binCount).fill(0);
  for (const value of values) {
    const index = Math.min(binCount - 1, Math.floor((value - first) / step));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  const maxShown = Math.max(0, ...counts.filter((count) => count >= k));
  const stub = (maxShown > 0 ? maxShown : k) * 0.04;
  const bins = counts.map((count, index) => {
    const start = round(first + index * step);
    const end = round(first + (index + 1) * step);
    const suppressed = count > 0 && count < k;
    const statusLabel = suppressed ? suppressionLabel("primary", null, k, lang) : "";
    const last = index === binCount - 1;
    return {
      start,
      end,
      bin: `[${formatNumber(start, lang)} ; ${formatNumber(end, lang)}${last ? "]" : "["}`,
      count: suppressed ? null : count,
      plot: suppressed ? stub : count,
      suppressed,
      status_label: statusLabel,
      label: suppressed ? statusLabel : formatNumber(count, lang),
    };
  });
  const test = "datum.suppressed";
  const suppressedCount = bins.filter((bin) => bin.suppressed).length;
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: "bar", binSpacing: 1 },
      encoding: {
        x: {
          field: "start",
          type: "quantitative",
          title: xTitle,
          scale: { domain: [first, round(first + binCount * step)], nice: false },
        },
        x2: { field: "end" },
        y: { field: "plot", type: "quantitative", title: vizText(lang, "count") },
        y2: { datum: 0 },
        color: { condition: { test, value: suppressedStyle.fill }, value: palette[0] },
        stroke: { condition: { test, value: suppressedStyle.stroke }, value: null },
        strokeWidth: { condition: { test, value: 1 }, value: 0 },
        strokeDash: { condition: { test, value: [...suppressedStyle.dash] }, value: [1, 0] },
        tooltip: [
          { field: "bin", type: "nominal", title: vizText(lang, "bin") },
          { field: "label", type: "nominal", title: vizText(lang, "count") },
        ],
      },
    },
  ];
  if (suppressedCount > 0) {
    layers.push({
      transform: [{ filter: test }, { calculate: "(datum.start + datum.end) / 2", as: "middle" }],
      mark: { type: "text", baseline: "bottom", dy: -3, fontWeight: "bold", color: suppressedStyle.text },
      encoding: {
        x: { field: "middle", type: "quantitative" },
        y: { field: "plot", type: "quantitative" },
        text: { field: "status_label" },
      },
    });
  }
  const description = [
    vizText(lang, "histogramDescription", {
      measure: xTitle,
      count: formatNumber(values.length, lang),
      bins: binCount,
      min: formatNumber(first, lang),
      max: formatNumber(round(first + binCount * step), lang),
    }),
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return finalize(
    {
      width: checkSize(options.width, 440, "width", name),
      height: checkSize(options.height, 240, "height", name),
      data: { values: bins },
      layer: layers,
    },
    {
      chart: "histogram",
      title: options.title ?? xTitle,
      description,
      table: {
        columns: [
          { key: "bin", title: vizText(lang, "bin"), kind: "text" },
          { key: "count", title: vizText(lang, "count"), kind: "number", status: "status_label" },
        ],
        rows: bins.map(({ bin, count, status_label }) => ({ bin, count, status_label })),
      },
    },
    options,
  );
}
