import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatPercent, formatValue } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { isSuppressed } from "./internal/status.js";
import { palette } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link bulletChart}. */
export interface BulletChartOptions extends BaseChartOptions {
  /** Field of the indicator names. Default `"indicator"`. */
  label?: string;
  /** Field of the values reached. Default `"value"`. */
  value?: string;
  /** Field of the baselines. Default `"baseline"`. */
  baseline?: string;
  /** Field of the targets. Default `"target"`. */
  target?: string;
  /** Field of the milestone values expected by now (optional column). Default `"milestone"`. */
  milestone?: string;
  /** Field holding `"ok"` or the suppression rule of the value. Default `` `${value}_status` ``. */
  status?: string;
  /** `"number"` (default) or `"percent"` when values, baselines and targets are fractions. */
  format?: "number" | "percent";
}

const MIN = -0.5;
const MAX = 1.5;

/**
 * A bullet chart of indicators with targets: for each, a grey band from its baseline (0 %) to its
 * target (100 %), a bar of the progress made, a black tick at the target and a grey tick at the
 * milestone expected by now; the value, baseline, target and progress written beside it.
 *
 * Why: a logframe says where a programme started, where it aims and where it is; the bullet chart
 * (Stephen Few) shows the three at once, on a scale where every indicator's target is 100 %, so
 * indicators of different units and directions (a decrease too) read the same way. A suppressed
 * value draws no bar and says it is hidden: a hidden figure stays hidden.
 *
 * @param data - table or objects, one row per indicator
 * @param options - fields `label`, `value`, `baseline`, `target`, `milestone`, `status`, `format`; see {@link BulletChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "bulletChart: needs a column …" when a field is missing; RangeError on bad sizes
 * @example
 * const spec = bulletChart([{ indicator: "Hours", value: 8000, baseline: 6000, target: 10000 }], { lang: "en" });
 * spec.usermeta.solidata.table.rows[0]?.progress // => 0.5
 */
export function bulletChart(data: ChartData, options: BulletChartOptions = {}): ChartSpec {
  const name = "bulletChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  const labelField = options.label ?? "indicator";
  const valueField = options.value ?? "value";
  const baselineField = options.baseline ?? "baseline";
  const targetField = options.target ?? "target";
  const milestoneField = options.milestone ?? "milestone";
  const statusField = options.status ?? `${valueField}_status`;
  for (const field of [labelField, valueField, baselineField, targetField]) requireField(rows, field, name);
  const fmt = (v: number) => formatValue(v, lang, options.format);
  const items = rows.map((row) => {
    const label = toLabel(row[labelField]);
    const hidden = isSuppressed(row[statusField]);
    const value = hidden ? null : toNumber(row[valueField]);
    const baseline = toNumber(row[baselineField]);
    const target = toNumber(row[targetField]);
    const milestone = toNumber(row[milestoneField]);
    const span = baseline !== null && target !== null ? target - baseline : null;
    const scale = (v: number | null) =>
      v === null || span === null || span === 0 ? null : (v - (baseline ?? 0)) / span;
    const progress = scale(value);
    const expected = scale(milestone);
    const clamp = (v: number | null) => (v === null ? null : Math.max(MIN, Math.min(MAX, v)));
    const text = hidden
      ? vizText(lang, "bulletHidden", { label: "" })
      : value === null || baseline === null || target === null
        ? vizText(lang, "noData")
        : vizText(lang, "bulletItem", {
            label: "",
            value: fmt(value),
            baseline: fmt(baseline),
            target: fmt(target),
            progress: progress === null ? "–" : formatPercent(progress, lang, 0),
          });
    return {
      indicator: label,
      value,
      baseline,
      target,
      milestone,
      progress,
      shown: clamp(progress),
      expected: clamp(expected),
      zero: 0,
      full: 1,
      text: text.replace(/^ ?: /, ""),
    };
  });
  const y = {
    field: "indicator",
    type: "nominal",
    title: null,
    sort: items.map((item) => item.indicator),
    axis: { labelLimit: 300 },
  };
  const description = [
    vizText(lang, "bulletDescription", { count: items.length }),
    `${items.map((item) => `${item.indicator}${lang === "en" ? ":" : " :"} ${item.text}`).join(" ; ")}.`,
  ].join(" ");
  const kind = options.format === "percent" ? "percent" : "number";
  return finalize(
    {
      width: checkSize(options.width, 360, "width", name),
      height: checkSize(options.height, Math.min(1200, Math.max(40, items.length * 56)), "height", name),
      data: { values: items },
      layer: [
        {
          mark: { type: "bar", color: "#e0e0e0", size: 22 },
          encoding: {
            y,
            x: {
              field: "zero",
              type: "quantitative",
              title: vizText(lang, "progress"),
              scale: { domain: [MIN, MAX] },
              axis: { format: ".0%", values: [0, 0.25, 0.5, 0.75, 1] },
            },
            x2: { field: "full" },
          },
        },
        {
          transform: [{ filter: "isValid(datum.shown)" }],
          mark: { type: "bar", color: palette[0], size: 10 },
          encoding: { y, x: { field: "zero", type: "quantitative" }, x2: { field: "shown" } },
        },
        {
          transform: [{ filter: "isValid(datum.expected)" }],
          mark: { type: "tick", color: "#767676", thickness: 2, size: 18 },
          encoding: { y, x: { field: "expected", type: "quantitative" } },
        },
        {
          mark: { type: "tick", color: "#1a1a1a", thickness: 2, size: 28 },
          encoding: { y, x: { field: "full", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "left", baseline: "top", dy: 14, fontSize: 10, color: "#333333" },
          encoding: { y, x: { datum: MIN }, text: { field: "text" } },
        },
      ],
    },
    {
      chart: "bullet",
      title: options.title ?? vizText(lang, "bulletDescription", { count: items.length }),
      description,
      table: {
        columns: [
          { key: "indicator", title: lang === "en" ? "Indicator" : "Indicateur", kind: "text" },
          { key: "value", title: vizText(lang, "value"), kind },
          { key: "baseline", title: vizText(lang, "baseline"), kind },
          { key: "target", title: vizText(lang, "target_"), kind },
          { key: "milestone", title: vizText(lang, "milestone"), kind },
          { key: "progress", title: vizText(lang, "progress"), kind: "percent" },
        ],
        rows: items.map(({ indicator, value, baseline, target, milestone, progress }) => ({
          indicator,
          value,
          baseline,
          target,
          milestone,
          progress,
        })),
      },
    },
    options,
  );
}
