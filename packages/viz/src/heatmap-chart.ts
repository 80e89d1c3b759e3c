import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatValue } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { sequentialScheme, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link heatmapChart}. */
export interface HeatmapChartOptions extends BaseChartOptions {
  /** Field of the columns, e.g. `period_index` (0, 1, 2…) of a cohort table. */
  x: string;
  /** Field of the rows, e.g. `cohort` ("2025-01"). */
  y: string;
  /** Field of the cell values, e.g. `rate`. */
  value: string;
  /** Field holding `"ok"` or the suppression rule. Default `` `${value}_status` ``. */
  status?: string;
  /** Suppression threshold written in "< k". Default 10. */
  k?: number;
  /** `"percent"` (default, retention rates) or `"number"`. */
  format?: "number" | "percent";
  xTitle?: string;
  yTitle?: string;
  valueTitle?: string;
}

/**
 * A heatmap: one coloured cell per row and column, its value written in it; the cohort retention
 * table of core (`cohort` × `period_index` → `rate`) is its main use.
 *
 * Why: retention by cohort reads best as a triangle of shaded cells. Suppressed cells are grey
 * with their label ("n < 10"), never blank or zero.
 *
 * @param data - table or objects, one row per cell
 * @param options - fields `x`, `y`, `value`, titles and `format`; see {@link HeatmapChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "heatmapChart: needs a column …" when a field is missing; RangeError on bad sizes or k
 * @example
 * const spec = heatmapChart([{ cohort: "2025-01", period_index: 0, rate: 1 }], { x: "period_index", y: "cohort", value: "rate", lang: "en" });
 * spec.usermeta.solidata.chart // => "heatmap"
 */
export function heatmapChart(data: ChartData, options: HeatmapChartOptions): ChartSpec {
  const name = "heatmapChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  for (const field of [options.x, options.y, options.value]) requireField(rows, field, name);
  const k = checkK(options.k, name);
  const format = options.format ?? "percent";
  const statusField = options.status ?? `${options.value}_status`;
  const xTitle = options.xTitle ?? options.x;
  const yTitle = options.yTitle ?? options.y;
  const valueTitle = options.valueTitle ?? options.value;
  const cells = rows.map((row) => {
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[options.value]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    return {
      column: toLabel(row[options.x]),
      row: toLabel(row[options.y]),
      value,
      suppressed,
      status_label: statusLabel,
      label: suppressed ? statusLabel : value === null ? "" : formatValue(value, lang, format),
    };
  });
  const columns = [...new Set(cells.map((cell) => cell.column))];
  const rowsList = [...new Set(cells.map((cell) => cell.row))];
  const values = cells.flatMap((cell) => (cell.value === null ? [] : [cell.value]));
  const max = values.length > 0 ? Math.max(...values) : 0;
  const min = values.length > 0 ? Math.min(...values) : 0;
  const dark = min + (max - min) * 0.6;
  const xEncoding = {
    field: "column",
    type: "ordinal",
    title: xTitle,
    sort: columns,
    axis: { labelAngle: 0, orient: "top" },
  };
  const yEncoding = { field: "row", type: "ordinal", title: yTitle, sort: rowsList };
  const tooltip = [
    { field: "row", type: "nominal", title: yTitle },
    { field: "column", type: "nominal", title: xTitle },
    { field: "label", type: "nominal", title: valueTitle },
  ];
  const shown = cells.filter((cell) => cell.value !== null);
  const best = shown.reduce<(typeof cells)[number] | undefined>(
    (top, cell) => (top && (top.value ?? 0) >= (cell.value ?? 0) ? top : cell),
    undefined,
  );
  const suppressedCount = cells.filter((cell) => cell.suppressed).length;
  const description = [
    vizText(lang, "heatmapDescription", { measure: valueTitle, row: yTitle, column: xTitle, count: cells.length }),
    best ? vizText(lang, "highest", { label: `${best.row}, ${best.column}`, value: best.label }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return finalize(
    {
      width: checkSize(options.width, Math.min(900, Math.max(200, columns.length * 44)), "width", name),
      height: checkSize(options.height, Math.min(900, Math.max(80, rowsList.length * 26)), "height", name),
      data: { values: cells },
      layer: [
        {
          transform: [{ filter: "datum.suppressed" }],
          mark: {
            type: "rect",
            fill: suppressedStyle.fill,
            stroke: suppressedStyle.stroke,
            strokeWidth: 1,
            strokeDash: [...suppressedStyle.dash],
          },
          encoding: { x: xEncoding, y: yEncoding, tooltip },
        },
        {
          transform: [{ filter: "isValid(datum.value)" }],
          mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            x: xEncoding,
            y: yEncoding,
            color: {
              field: "value",
              type: "quantitative",
              title: valueTitle,
              scale: { scheme: sequentialScheme },
              // with every cell hidden there is no scale to show: a legend would read "NaN"
              legend: values.length === 0 ? null : format === "percent" ? { format: ".0%" } : {},
            },
            tooltip,
          },
        },
        {
          mark: { type: "text", fontSize: 10 },
          encoding: {
            x: xEncoding,
            y: yEncoding,
            text: { field: "label" },
            color: {
              condition: { test: `isValid(datum.value) && datum.value >= ${dark}`, value: "#ffffff" },
              value: "#1a1a1a",
            },
          },
        },
      ],
    },
    {
      chart: "heatmap",
      title: options.title ?? vizText(lang, "by", { measure: valueTitle, category: `${yTitle} × ${xTitle}` }),
      description,
      table: {
        columns: [
          { key: "row", title: yTitle, kind: "text" },
          { key: "column", title: xTitle, kind: "text" },
          { key: "value", title: valueTitle, kind: format, status: "status_label" },
        ],
        rows: cells.map(({ row, column, value, status_label }) => ({ row, column, value, status_label })),
      },
    },
    options,
  );
}
