import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import {
  formatNumber,
  formatPercent,
  formatPeriod,
  type PeriodUnit,
  parsePeriod,
  periodTimeFormat,
} from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { palette, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec, TableColumn } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link lineChart}. */
export interface LineChartOptions extends BaseChartOptions {
  /** Field of the periods: "2025", "2025-Q1", "2025-01", "2025-W03", "2025-01-15" or `Date`s. */
  x: string;
  /** Field of the values (numbers; `null` where suppressed). */
  y: string;
  /** Field of a series: one line per value. */
  color?: string;
  /** Field holding `"ok"` or the suppression rule. Default `` `${y}_status` ``. */
  status?: string;
  /** Suppression threshold written in "< k". Default 10. */
  k?: number;
  /** Field that is `true` on the periods to mark as anomalies (e.g. from a control chart). */
  anomaly?: string;
  /** A target drawn as a dashed horizontal line with its label. */
  target?: number;
  /** `"number"` (default) or `"percent"` for fractions. */
  format?: "number" | "percent";
  xTitle?: string;
  yTitle?: string;
  colorTitle?: string;
}

const unitOrder: PeriodUnit[] = ["day", "week", "month", "quarter", "year"];

/**
 * A time series: one line per series over periods, with anomalies, a target and suppressed
 * periods marked.
 *
 * Why: trends (monthly volunteer hours, visits per week) are the most read charts of an impact
 * report. Period labels from core ("2025-01", "2025-Q1", "2025") are drawn on a time axis
 * written in the reader's language ("janv. 2025"), ISO weeks ("2025-W03") as labels ("S03 2025"); a suppressed period is not dropped: a grey
 * diamond at the foot of the axis carries its label ("< 10").
 *
 * @param data - table or objects, one row per period (and series)
 * @param options - fields `x` (period), `y` (value), optional `color`, `anomaly`, `target`; see {@link LineChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "lineChart: needs a column …" when a field is missing; RangeError on bad sizes or k
 * @example
 * const spec = lineChart([{ period: "2025-01", visits: 120 }, { period: "2025-02", visits: 140 }], { x: "period", y: "visits", lang: "en" });
 * spec.usermeta.solidata.table.rows[0]?.period // => "Jan 2025"
 */
export function lineChart(data: ChartData, options: LineChartOptions): ChartSpec {
  const name = "lineChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  for (const field of [options.x, options.y, options.color, options.anomaly]) {
    if (field !== undefined) requireField(rows, field, name);
  }
  const k = checkK(options.k, name);
  const statusField = options.status ?? `${options.y}_status`;
  const xTitle = options.xTitle ?? vizText(lang, "period");
  const yTitle = options.yTitle ?? options.y;
  const colorTitle = options.colorTitle ?? options.color ?? "";
  const format = (value: number): string =>
    options.format === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);

  const parsed = rows.map((row) => parsePeriod(row[options.x]));
  // ISO weeks stay ordinal labels ("S03 2025"): a time axis would tick on days.
  const temporal = parsed.length > 0 && parsed.every((period) => period !== null && period.unit !== "week");
  const unit = temporal
    ? unitOrder[Math.max(0, ...parsed.map((period) => unitOrder.indexOf(period?.unit ?? "day")))]
    : undefined;
  const points = rows.map((row, index) => {
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[options.y]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    return {
      period: formatPeriod(row[options.x], lang),
      date: parsed[index]?.date.toISOString().slice(0, 10) ?? null,
      series: options.color === undefined ? "" : toLabel(row[options.color]),
      value,
      suppressed,
      status_label: statusLabel,
      anomaly: options.anomaly !== undefined && row[options.anomaly] === true,
      label: suppressed ? statusLabel : value === null ? vizText(lang, "noData") : format(value),
    };
  });
  const periods = [...new Set(points.map((point) => point.period))];
  const seriesList = [...new Set(points.map((point) => point.series))];
  const xEncoding = temporal
    ? {
        field: "date",
        type: "temporal",
        title: xTitle,
        scale: { type: "utc" },
        axis: { format: periodTimeFormat(unit ?? "day", lang), labelAngle: 0, tickCount: Math.min(6, periods.length) },
      }
    : {
        field: "period",
        type: "ordinal",
        title: xTitle,
        sort: periods,
        axis: { labelAngle: periods.length > 8 ? -45 : 0 },
      };
  const valueAxis = options.format === "percent" ? { format: ".0%" } : {};
  const color =
    options.color === undefined
      ? { value: palette[0] }
      : { field: "series", type: "nominal", title: colorTitle, sort: seriesList, legend: { orient: "bottom" } };
  const tooltip = [
    { field: "period", type: "nominal", title: xTitle },
    ...(options.color === undefined ? [] : [{ field: "series", type: "nominal", title: colorTitle }]),
    { field: "label", type: "nominal", title: yTitle },
  ];
  const shownFilter = "!datum.suppressed && isValid(datum.value)";
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: shownFilter }],
      mark: { type: "line", point: { filled: true, size: 36 } },
      encoding: {
        x: xEncoding,
        y: { field: "value", type: "quantitative", title: yTitle, axis: valueAxis },
        color,
        tooltip,
      },
    },
  ];
  const anomalies = points.filter((point) => point.anomaly && point.value !== null);
  if (anomalies.length > 0) {
    layers.push({
      transform: [{ filter: `datum.anomaly && ${shownFilter}` }],
      mark: { type: "point", shape: "circle", size: 160, strokeWidth: 2, color: palette[5], filled: false },
      encoding: { x: xEncoding, y: { field: "value", type: "quantitative" }, tooltip },
    });
  }
  const suppressedCount = points.filter((point) => point.suppressed).length;
  if (suppressedCount > 0) {
    layers.push({
      transform: [{ filter: "datum.suppressed" }, { calculate: "0", as: "foot" }],
      mark: {
        type: "point",
        shape: "diamond",
        size: 70,
        filled: true,
        color: suppressedStyle.fill,
        stroke: suppressedStyle.stroke,
      },
      encoding: { x: xEncoding, y: { field: "foot", type: "quantitative" }, tooltip },
    });
    layers.push({
      transform: [{ filter: "datum.suppressed" }, { calculate: "0", as: "foot" }],
      mark: { type: "text", dy: -12, fontWeight: "bold", color: suppressedStyle.text },
      encoding: { x: xEncoding, y: { field: "foot", type: "quantitative" }, text: { field: "status_label" } },
    });
  }
  if (options.target !== undefined) {
    const targetLabel = vizText(lang, "target", { target: format(options.target) }).replace(/\.$/, "");
    layers.push({
      data: { values: [{ target: options.target, text: targetLabel }] },
      layer: [
        {
          mark: { type: "rule", strokeDash: [6, 4], color: "#333333" },
          encoding: { y: { field: "target", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "right", baseline: "bottom", dy: -3, color: "#333333" },
          encoding: { y: { field: "target", type: "quantitative" }, x: { value: "width" }, text: { field: "text" } },
        },
      ],
    });
  }

  const first = periods[0] ?? "";
  const last = periods[periods.length - 1] ?? "";
  const sentences = [vizText(lang, "lineDescription", { measure: yTitle, count: periods.length, first, last })];
  const shown = points.filter((point) => point.value !== null);
  if (seriesList.length === 1 && shown.length >= 2) {
    const from = shown[0]!;
    const to = shown[shown.length - 1]!;
    const key = to.value! > from.value! ? "trendUp" : to.value! < from.value! ? "trendDown" : "trendFlat";
    sentences.push(vizText(lang, key, { from: from.label, to: to.label }));
  }
  if (anomalies.length > 0) {
    sentences.push(
      vizText(lang, "anomalies", { count: anomalies.length, list: anomalies.map((a) => a.period).join(", ") }),
    );
  }
  if (options.target !== undefined) sentences.push(vizText(lang, "target", { target: format(options.target) }));
  if (suppressedCount > 0) sentences.push(vizText(lang, "suppressedNote", { count: suppressedCount, k }));

  const columns: TableColumn[] = [
    { key: "period", title: xTitle, kind: "text" },
    ...(options.color === undefined ? [] : [{ key: "series", title: colorTitle, kind: "text" as const }]),
    { key: "value", title: yTitle, kind: options.format === "percent" ? "percent" : "number", status: "status_label" },
    ...(options.anomaly === undefined
      ? []
      : [{ key: "anomaly", title: vizText(lang, "anomaly"), kind: "text" as const }]),
  ];
  const yes = lang === "en" ? "yes" : "oui";
  return finalize(
    {
      width: checkSize(options.width, 520, "width", name),
      height: checkSize(options.height, 260, "height", name),
      data: { values: points },
      layer: layers,
    },
    {
      chart: "line",
      title: options.title ?? vizText(lang, "over", { measure: yTitle }),
      description: sentences.join(" "),
      table: {
        columns,
        rows: points.map((point) => ({
          period: point.period,
          ...(options.color === undefined ? {} : { series: point.series }),
          value: point.value,
          status_label: point.status_label,
          ...(options.anomaly === undefined ? {} : { anomaly: point.anomaly ? yes : "" }),
        })),
      },
    },
    options,
  );
}
