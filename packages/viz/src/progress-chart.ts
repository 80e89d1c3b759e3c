import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatPercent, formatValue } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { palette } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link progressChart}. */
export interface ProgressChartOptions extends BaseChartOptions {
  /** Field of the indicator names. Default `"indicator"`. */
  label?: string;
  /** Field of the values reached. Default `"value"`. */
  value?: string;
  /** Field of the targets. Default `"target"`. */
  target?: string;
  /** `"number"` (default) or `"percent"` when values and targets are fractions. */
  format?: "number" | "percent";
}

/**
 * Progress of indicators toward their targets: one bullet bar per indicator (value over a grey
 * bar of the target, a tick at the target) and the share reached written beside it.
 *
 * Why: funders ask "where are we against the plan"; the share reached ("82 %") is the finding.
 * Each indicator has its own scale (its target is 100 %), so indicators of different units can
 * share the chart.
 *
 * @param data - table or objects, one row per indicator
 * @param options - fields `label`, `value`, `target` (defaults as named), `format`; see {@link ProgressChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "progressChart: needs a column …" when a field is missing; RangeError on bad sizes
 * @example
 * const spec = progressChart([{ indicator: "Repas", value: 820, target: 1000 }], { lang: "en" });
 * spec.description // => "Progress toward targets: 1 indicators. Repas: 820 of 1,000 (82%)."
 */
export function progressChart(data: ChartData, options: ProgressChartOptions = {}): ChartSpec {
  const name = "progressChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  const labelField = options.label ?? "indicator";
  const valueField = options.value ?? "value";
  const targetField = options.target ?? "target";
  for (const field of [labelField, valueField, targetField]) requireField(rows, field, name);
  const items = rows.map((row) => {
    const value = toNumber(row[valueField]);
    const target = toNumber(row[targetField]);
    const share = value !== null && target !== null && target > 0 ? value / target : null;
    const text =
      value === null || target === null
        ? vizText(lang, "noData")
        : vizText(lang, "progressItem", {
            label: "",
            value: formatValue(value, lang, options.format),
            target: formatValue(target, lang, options.format),
            share: share === null ? "" : formatPercent(share, lang, 0),
          }).replace(/^ ?: /, "");
    return {
      indicator: toLabel(row[labelField]),
      value,
      target,
      share,
      shown: share === null ? null : Math.min(share, 1.2),
      full: 1,
      text,
    };
  });
  const y = {
    field: "indicator",
    type: "nominal",
    title: null,
    sort: items.map((item) => item.indicator),
    axis: { labelLimit: 260 },
  };
  const description = [
    vizText(lang, "progressDescription", { count: items.length }),
    `${items.map((item) => `${item.indicator}${lang === "en" ? ":" : " :"} ${item.text}`).join(" ; ")}.`,
  ].join(" ");
  return finalize(
    {
      width: checkSize(options.width, 360, "width", name),
      height: checkSize(options.height, Math.min(1200, Math.max(40, items.length * 36)), "height", name),
      data: { values: items },
      layer: [
        {
          mark: { type: "bar", color: "#e0e0e0", size: 22 },
          encoding: {
            y,
            x: {
              field: "full",
              type: "quantitative",
              title: vizText(lang, "target_"),
              scale: { domain: [0, 1.2] },
              axis: { format: ".0%", values: [0, 0.25, 0.5, 0.75, 1] },
            },
          },
        },
        {
          transform: [{ filter: "isValid(datum.shown)" }],
          mark: { type: "bar", color: palette[0], size: 10 },
          encoding: { y, x: { field: "shown", type: "quantitative" } },
        },
        {
          mark: { type: "tick", color: "#1a1a1a", thickness: 2, size: 26 },
          encoding: { y, x: { field: "full", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "left", dx: 6, fontSize: 11, color: "#333333" },
          encoding: { y, x: { datum: 1.2 }, text: { field: "text" } },
        },
      ],
    },
    {
      chart: "progress",
      title: options.title ?? vizText(lang, "progressDescription", { count: items.length }).replace(/ ?:.*$/, ""),
      description,
      table: {
        columns: [
          { key: "indicator", title: lang === "en" ? "Indicator" : "Indicateur", kind: "text" },
          { key: "value", title: vizText(lang, "value"), kind: options.format === "percent" ? "percent" : "number" },
          { key: "target", title: vizText(lang, "target_"), kind: options.format === "percent" ? "percent" : "number" },
          { key: "share", title: lang === "en" ? "Share reached" : "Part atteinte", kind: "percent" },
        ],
        rows: items.map(({ indicator, value, target, share }) => ({ indicator, value, target, share })),
      },
    },
    options,
  );
}
