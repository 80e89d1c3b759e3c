import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatNumber, formatPercent } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { palette, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec, TableColumn } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link barChart}. */
export interface BarChartOptions extends BaseChartOptions {
  /** Field of the categories (text: site, activity, département code…). */
  x: string;
  /** Field of the values (numbers; `null` where suppressed). */
  y: string;
  /** Field of a second category: one colour per value, bars stacked or grouped (see `mode`). */
  color?: string;
  /** With `color`: `"stacked"` (default) or `"grouped"` bars. */
  mode?: "stacked" | "grouped";
  /** `"vertical"` columns (default) or `"horizontal"` bars (better for long labels). */
  orientation?: "vertical" | "horizontal";
  /** Field holding `"ok"` or the suppression rule of each value. Default `` `${y}_status` ``. */
  status?: string;
  /** The suppression threshold written in "< k". Default 10. Whole number 1–1000. */
  k?: number;
  /** `"number"` (default) or `"percent"` when values are fractions (0.125 → 12,5 %). */
  format?: "number" | "percent";
  /** `"data"` keeps the order of the rows (default); `"descending"` sorts categories by value. */
  sort?: "data" | "descending";
  /** Axis title of the categories. Default: the field name. */
  xTitle?: string;
  /** Axis title of the values. Default: the field name. */
  yTitle?: string;
  /** Legend title of `color`. Default: the field name. */
  colorTitle?: string;
}

interface BarRow extends Record<string, unknown> {
  category: string;
  series: string;
  value: number | null;
  suppressed: boolean;
  status_label: string;
  label: string;
  start: number;
  end: number;
}

const formatValue = (value: number, lang: Lang, format: "number" | "percent" | undefined): string =>
  format === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);

/**
 * A bar or column chart of one value per category, optionally stacked or grouped by a second
 * category, with suppressed cells drawn as suppressed.
 *
 * Why: most results of solidata are counts or sums by site, activity or territory. A suppressed
 * cell (status other than `"ok"`) is never drawn as zero nor left as a gap: it gets a grey dashed
 * placeholder stub and the label "< 10" (primary), "n < 10" (small base) or "secret"
 * (complementary, dominance), and the accessible table says the same.
 *
 * @param data - arquero table or array of objects, one row per bar (or bar segment)
 * @param options - fields (`x`, `y`, optional `color`), titles, `k`, `lang`; see {@link BarChartOptions}
 * @returns a Vega-Lite spec (schema-valid) with title, subtitle (source, n), description and table
 * @throws Error "barChart: needs a column …" when a named field is in no row; RangeError on bad sizes or k
 * @example
 * const spec = barChart([{ site: "Lyon", count: 12, count_status: "ok" }, { site: "Metz", count: null, count_status: "primary" }], { x: "site", y: "count", lang: "en" });
 * spec.usermeta.solidata.table.rows[1]?.status_label // => "< 10"
 */
export function barChart(data: ChartData, options: BarChartOptions): ChartSpec {
  const name = "barChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  requireField(rows, options.x, name);
  requireField(rows, options.y, name);
  if (options.color !== undefined) requireField(rows, options.color, name);
  const k = checkK(options.k, name);
  const statusField = options.status ?? `${options.y}_status`;
  const vertical = options.orientation !== "horizontal";
  const stacked = options.color !== undefined && options.mode !== "grouped";
  const grouped = options.color !== undefined && options.mode === "grouped";
  const xTitle = options.xTitle ?? options.x;
  const yTitle = options.yTitle ?? options.y;
  const colorTitle = options.colorTitle ?? options.color ?? "";

  const maxOk = Math.max(
    0,
    ...rows.map((row) => (isSuppressed(row[statusField]) ? 0 : (toNumber(row[options.y]) ?? 0))),
  );
  const stub = (maxOk > 0 ? maxOk : options.format === "percent" ? 1 : k) * 0.04;
  const stackTop = new Map<string, number>();
  const bars: BarRow[] = rows.map((row) => {
    const category = toLabel(row[options.x]);
    const series = options.color === undefined ? "" : toLabel(row[options.color]);
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[options.y]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    const height = suppressed ? stub : (value ?? 0);
    const start = stacked ? (stackTop.get(category) ?? 0) : 0;
    const end = start + height;
    if (stacked) stackTop.set(category, end);
    const label = suppressed
      ? statusLabel
      : value === null
        ? vizText(lang, "noData")
        : formatValue(value, lang, options.format);
    return { category, series, value, suppressed, status_label: statusLabel, label, start, end };
  });

  const categories = [...new Set(bars.map((bar) => bar.category))];
  const seriesList = [...new Set(bars.map((bar) => bar.series))];
  if (options.sort === "descending") {
    const totals = new Map<string, number>();
    for (const bar of bars) totals.set(bar.category, (totals.get(bar.category) ?? 0) + (bar.value ?? 0));
    categories.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  }
  const perCategory = grouped ? seriesList.length : 1;
  const band = Math.min(48, Math.max(14, 24 * perCategory));
  const width = checkSize(
    options.width,
    vertical ? Math.min(800, Math.max(240, categories.length * band)) : 420,
    "width",
    name,
  );
  const height = checkSize(
    options.height,
    vertical ? 280 : Math.min(1200, Math.max(80, categories.length * band)),
    "height",
    name,
  );

  const [cat, val] = vertical ? (["x", "y"] as const) : (["y", "x"] as const);
  const valueAxis = options.format === "percent" ? { format: ".0%" } : {};
  const test = "datum.suppressed";
  const color =
    options.color === undefined
      ? { condition: { test, value: suppressedStyle.fill }, value: palette[0] }
      : {
          condition: { test, value: suppressedStyle.fill },
          field: "series",
          type: "nominal",
          title: colorTitle,
          sort: seriesList,
          legend: { orient: "bottom" },
        };
  const categoryEncoding = {
    field: "category",
    type: "nominal",
    title: xTitle,
    sort: categories,
    axis: vertical ? { labelAngle: categories.some((c) => c.length > 6) ? -35 : 0 } : {},
  };
  const offset = grouped
    ? { [vertical ? "xOffset" : "yOffset"]: { field: "series", type: "nominal", sort: seriesList } }
    : {};
  const tooltip = [
    { field: "category", type: "nominal", title: xTitle },
    ...(options.color === undefined ? [] : [{ field: "series", type: "nominal", title: colorTitle }]),
    { field: "label", type: "nominal", title: yTitle },
  ];
  const barLayer = {
    mark: { type: "bar" },
    encoding: {
      [cat]: categoryEncoding,
      [val]: { field: "start", type: "quantitative", title: yTitle, axis: valueAxis },
      [`${val}2`]: { field: "end" },
      ...offset,
      color,
      stroke: { condition: { test, value: suppressedStyle.stroke }, value: null },
      strokeWidth: { condition: { test, value: 1 }, value: 0 },
      strokeDash: { condition: { test, value: [...suppressedStyle.dash] }, value: [1, 0] },
      tooltip,
    },
  };
  // Labels of suppressed cells: one per bar, or one per stacked bar (after its end) naming the series.
  const textRows: { category: string; series: string; position: number; text: string }[] = [];
  for (const bar of bars) {
    if (!bar.suppressed) continue;
    if (!stacked) {
      textRows.push({ category: bar.category, series: bar.series, position: bar.end, text: bar.status_label });
      continue;
    }
    const text = `${bar.series} ${bar.status_label}`;
    const existing = textRows.find((row) => row.category === bar.category);
    if (existing) existing.text = `${existing.text} · ${text}`;
    else textRows.push({ category: bar.category, series: "", position: stackTop.get(bar.category) ?? 0, text });
  }
  const textLayer = {
    data: { values: textRows },
    mark: vertical
      ? { type: "text", color: suppressedStyle.text, baseline: "bottom", dy: -3, fontWeight: "bold" }
      : { type: "text", color: suppressedStyle.text, align: "left", dx: 4, fontWeight: "bold" },
    encoding: {
      [cat]: categoryEncoding,
      [val]: { field: "position", type: "quantitative" },
      ...offset,
      text: { field: "text", type: "nominal" },
    },
  };

  const chartKind = stacked ? "stacked" : grouped ? "grouped" : vertical ? "column" : "bar";
  const shown = bars.filter((bar) => bar.value !== null);
  const highest = shown.reduce<BarRow | undefined>(
    (best, bar) => (best && (best.value ?? 0) >= (bar.value ?? 0) ? best : bar),
    undefined,
  );
  const suppressedCount = bars.filter((bar) => bar.suppressed).length;
  const describe = (bar: BarRow): string => (bar.series ? `${bar.category}, ${bar.series}` : bar.category);
  const description = [
    vizText(lang, "barDescription", {
      chart: vizText(lang, chartKind),
      measure: yTitle,
      category: xTitle,
      count: bars.length,
    }),
    highest ? vizText(lang, "highest", { label: describe(highest), value: highest.label }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  const columns: TableColumn[] = [
    { key: "category", title: xTitle, kind: "text" },
    ...(options.color === undefined ? [] : [{ key: "series", title: colorTitle, kind: "text" as const }]),
    { key: "value", title: yTitle, kind: options.format === "percent" ? "percent" : "number", status: "status_label" },
  ];
  return finalize(
    {
      width,
      height,
      data: { values: bars },
      layer: suppressedCount > 0 ? [barLayer, textLayer] : [barLayer],
    },
    {
      chart: "bar",
      title: options.title ?? vizText(lang, "by", { measure: yTitle, category: xTitle }),
      description,
      table: {
        columns,
        rows: bars.map(({ category, series, value, status_label }) =>
          options.color === undefined ? { category, value, status_label } : { category, series, value, status_label },
        ),
      },
    },
    options,
  );
}
