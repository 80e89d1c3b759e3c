import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatPercent } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { palette, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec, TableColumn } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link rateChart}. */
export interface RateChartOptions extends BaseChartOptions {
  /** Field of the categories. */
  x: string;
  /** Field of the rates, as fractions (0.125). Default `"rate"`. */
  rate?: string;
  /** Field of the interval's lower bound. Default `"lower"`. */
  lower?: string;
  /** Field of the interval's upper bound. Default `"upper"`. */
  upper?: string;
  /** Field of the numerator, shown in the table and tooltips when present. */
  numerator?: string;
  /** Field of the denominator, shown in the table and tooltips when present. */
  denominator?: string;
  /** Field holding `"ok"` or the suppression rule. Default `` `${rate}_status` ``. */
  status?: string;
  /** Suppression threshold. Default 10. */
  k?: number;
  /** Confidence level of the intervals, for the texts. Default 0.95. */
  level?: number;
  xTitle?: string;
  /** Title of the rate axis and what is measured. Default: the rate field. */
  yTitle?: string;
}

/**
 * Rates by category as points with interval whiskers (Wilson or other intervals from core),
 * categories on the vertical axis, the rate on a 0–100 % axis.
 *
 * Why: a rate without its interval overstates what a small group says. Rows whose rate is
 * suppressed (small base) keep their line with the label "n < 10".
 *
 * @param data - table or objects, one row per category
 * @param options - fields (`x`, `rate`, `lower`, `upper`, numerator and denominator), titles; see {@link RateChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "rateChart: needs a column …" when a field is missing; RangeError on bad level, k or sizes
 * @example
 * const spec = rateChart([{ site: "Lyon", rate: 0.4, lower: 0.3, upper: 0.5 }], { x: "site", lang: "en" });
 * spec.usermeta.solidata.table.columns.map((c) => c.key) // => ["category", "rate", "lower", "upper"]
 */
export function rateChart(data: ChartData, options: RateChartOptions): ChartSpec {
  const name = "rateChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  const rate = options.rate ?? "rate";
  const lower = options.lower ?? "lower";
  const upper = options.upper ?? "upper";
  for (const field of [options.x, rate, lower, upper, options.numerator, options.denominator]) {
    if (field !== undefined) requireField(rows, field, name);
  }
  const k = checkK(options.k, name);
  const level = options.level ?? 0.95;
  if (!(level >= 0.5 && level < 1)) throw new RangeError(`${name}: needs level between 0.5 and 0.999`);
  const statusField = options.status ?? `${rate}_status`;
  const xTitle = options.xTitle ?? options.x;
  const yTitle = options.yTitle ?? rate;
  const points = rows.map((row) => {
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[rate]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    const low = suppressed ? null : toNumber(row[lower]);
    const high = suppressed ? null : toNumber(row[upper]);
    return {
      category: toLabel(row[options.x]),
      rate: value,
      lower: low,
      upper: high,
      numerator: options.numerator === undefined ? null : toNumber(row[options.numerator]),
      denominator: options.denominator === undefined ? null : toNumber(row[options.denominator]),
      suppressed,
      status_label: statusLabel,
      label: suppressed
        ? statusLabel
        : value === null
          ? vizText(lang, "noData")
          : `${formatPercent(value, lang)}${low !== null && high !== null ? ` [${formatPercent(low, lang)} ; ${formatPercent(high, lang)}]` : ""}`,
    };
  });
  const categories = [...new Set(points.map((point) => point.category))];
  const y = { field: "category", type: "nominal", title: xTitle, sort: categories };
  const tooltip = [
    { field: "category", type: "nominal", title: xTitle },
    { field: "label", type: "nominal", title: yTitle },
    ...(options.numerator === undefined
      ? []
      : [{ field: "numerator", type: "quantitative", title: options.numerator }]),
    ...(options.denominator === undefined
      ? []
      : [{ field: "denominator", type: "quantitative", title: options.denominator }]),
  ];
  const shown = "!datum.suppressed && isValid(datum.rate)";
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: `${shown} && isValid(datum.lower) && isValid(datum.upper)` }],
      mark: { type: "rule", strokeWidth: 2, color: palette[0] },
      encoding: {
        y,
        x: { field: "lower", type: "quantitative", title: yTitle, scale: { domain: [0, 1] }, axis: { format: ".0%" } },
        x2: { field: "upper" },
      },
    },
    {
      transform: [{ filter: shown }],
      mark: { type: "point", filled: true, size: 70, color: palette[0] },
      encoding: { y, x: { field: "rate", type: "quantitative", title: yTitle }, tooltip },
    },
  ];
  const suppressedCount = points.filter((point) => point.suppressed).length;
  if (suppressedCount > 0) {
    layers.push({
      transform: [{ filter: "datum.suppressed" }, { calculate: "0", as: "foot" }],
      mark: { type: "text", align: "left", dx: 4, fontWeight: "bold", color: suppressedStyle.text },
      encoding: { y, x: { field: "foot", type: "quantitative" }, text: { field: "status_label" } },
    });
  }
  const withRate = points.filter((point) => point.rate !== null);
  const highest = withRate.reduce<(typeof points)[number] | undefined>(
    (top, point) => (top && (top.rate ?? 0) >= (point.rate ?? 0) ? top : point),
    undefined,
  );
  const lowest = withRate.reduce<(typeof points)[number] | undefined>(
    (low, point) => (low && (low.rate ?? 0) <= (point.rate ?? 0) ? low : point),
    undefined,
  );
  const description = [
    vizText(lang, "rateDescription", {
      measure: yTitle,
      category: xTitle,
      level: formatPercent(level, lang),
      count: points.length,
    }),
    highest ? vizText(lang, "highest", { label: highest.category, value: highest.label }) : "",
    lowest && withRate.length > 1 ? vizText(lang, "lowest", { label: lowest.category, value: lowest.label }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const columns: TableColumn[] = [
    { key: "category", title: xTitle, kind: "text" },
    { key: "rate", title: yTitle, kind: "percent", status: "status_label" },
    { key: "lower", title: vizText(lang, "lower"), kind: "percent" },
    { key: "upper", title: vizText(lang, "upper"), kind: "percent" },
    ...(options.numerator === undefined
      ? []
      : [{ key: "numerator", title: options.numerator, kind: "number" as const }]),
    ...(options.denominator === undefined
      ? []
      : [{ key: "denominator", title: options.denominator, kind: "number" as const }]),
  ];
  return finalize(
    {
      width: checkSize(options.width, 420, "width", name),
      height: checkSize(options.height, Math.min(1200, Math.max(60, categories.length * 28)), "height", name),
      data: { values: points },
      layer: layers,
    },
    {
      chart: "rate",
      title: options.title ?? vizText(lang, "by", { measure: yTitle, category: xTitle }),
      description,
      table: {
        columns,
        rows: points.map((point) => {
          const row: Record<string, unknown> = {
            category: point.category,
            rate: point.rate,
            status_label: point.status_label,
            lower: point.lower,
            upper: point.upper,
          };
          if (options.numerator !== undefined) row.numerator = point.numerator;
          if (options.denominator !== undefined) row.denominator = point.denominator;
          return row;
        }),
      },
    },
    options,
  );
}
