import type { Lang } from "@solidata/core";
import { finalize } from "./internal/finalize.js";
import { formatNumber, formatPercent } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { palette } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec, TableColumn } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link survivalChart}. */
export interface SurvivalChartOptions extends BaseChartOptions {
  /** Field of the times (numbers, e.g. days since first visit). Default `"time"`. */
  time?: string;
  /** Field of the survival probability (0–1). Default `"survival"`. */
  survival?: string;
  /** Field of the band's lower bound. Default `"lower"`; no band when absent from the data. */
  lower?: string;
  /** Field of the band's upper bound. Default `"upper"`. */
  upper?: string;
  /** Field of a group: one curve and band per value. */
  color?: string;
  /** Confidence level of the band, for the texts (0.5–0.999). Default 0.95. */
  level?: number;
  /** Axis title of time. Default "Temps" / "Time". */
  xTitle?: string;
  /** Axis title of the probability, and what is measured. Default "Survie" / "Survival". */
  yTitle?: string;
  colorTitle?: string;
}

/**
 * A Kaplan–Meier curve drawn as steps, with its confidence band, from the table core's
 * survival analysis returns (`time`, `survival`, `lower`, `upper`).
 *
 * Why: "how long do volunteers stay" is answered by a survival curve; the band shows how little a
 * small sample says. The description gives the median (first time the curve reaches 50 %) or says
 * it is not reached.
 *
 * @param data - table or objects, one row per step (sorted by time within each group)
 * @param options - field names (defaults match core), `level`, titles; see {@link SurvivalChartOptions}
 * @returns a schema-valid Vega-Lite spec with title, subtitle, description and table
 * @throws Error "survivalChart: needs a column …" when a field is missing; RangeError on a bad level or size
 * @example
 * const spec = survivalChart([{ time: 0, survival: 1 }, { time: 30, survival: 0.4 }], { lang: "en" });
 * spec.description // => "Kaplan–Meier curve of Survival with its 95% confidence band, 2 steps; at 30 it is 40%. Median: 30."
 */
export function survivalChart(data: ChartData, options: SurvivalChartOptions = {}): ChartSpec {
  const name = "survivalChart";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  const time = options.time ?? "time";
  const survival = options.survival ?? "survival";
  const lower = options.lower ?? "lower";
  const upper = options.upper ?? "upper";
  requireField(rows, time, name);
  requireField(rows, survival, name);
  if (options.color !== undefined) requireField(rows, options.color, name);
  const level = options.level ?? 0.95;
  if (!(level >= 0.5 && level < 1)) throw new RangeError(`${name}: needs level between 0.5 and 0.999`);
  const band = rows.some((row) => toNumber(row[lower]) !== null && toNumber(row[upper]) !== null);
  const xTitle = options.xTitle ?? vizText(lang, "time");
  const yTitle = options.yTitle ?? vizText(lang, "survival");
  const colorTitle = options.colorTitle ?? options.color ?? "";
  const steps = rows
    .map((row) => ({
      time: toNumber(row[time]),
      survival: toNumber(row[survival]),
      lower: toNumber(row[lower]),
      upper: toNumber(row[upper]),
      group: options.color === undefined ? "" : toLabel(row[options.color]),
    }))
    .filter((step) => step.time !== null && step.survival !== null);
  const groups = [...new Set(steps.map((step) => step.group))];
  const color =
    options.color === undefined
      ? { value: palette[0] }
      : { field: "group", type: "nominal", title: colorTitle, sort: groups, legend: { orient: "bottom" } };
  const x = { field: "time", type: "quantitative", title: xTitle };
  const layers: Record<string, unknown>[] = [];
  if (band) {
    layers.push({
      transform: [{ filter: "isValid(datum.lower) && isValid(datum.upper)" }],
      mark: { type: "area", interpolate: "step-after", opacity: 0.2 },
      encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, color },
    });
  }
  layers.push({
    mark: { type: "line", interpolate: "step-after" },
    encoding: {
      x,
      y: { field: "survival", type: "quantitative", title: yTitle, scale: { domain: [0, 1] }, axis: { format: ".0%" } },
      color,
      tooltip: [
        { field: "time", type: "quantitative", title: xTitle },
        { field: "survival", type: "quantitative", title: yTitle, format: ".1%" },
      ],
    },
  });

  const percentLevel = formatPercent(level, lang, 1);
  const sentences: string[] = [];
  if (groups.length <= 1) {
    const last = steps[steps.length - 1];
    sentences.push(
      vizText(lang, "survivalDescription", {
        measure: yTitle,
        level: percentLevel,
        count: steps.length,
        time: last ? formatNumber(last.time!, lang) : "",
        value: last ? formatPercent(last.survival!, lang) : "",
      }),
    );
    const median = steps.find((step) => step.survival! <= 0.5);
    sentences.push(
      median ? vizText(lang, "median", { value: formatNumber(median.time!, lang) }) : vizText(lang, "medianNotReached"),
    );
  } else {
    for (const group of groups) {
      const own = steps.filter((step) => step.group === group);
      const median = own.find((step) => step.survival! <= 0.5);
      sentences.push(
        `${group} : ${median ? vizText(lang, "median", { value: formatNumber(median.time!, lang) }) : vizText(lang, "medianNotReached")}`,
      );
    }
    sentences.unshift(
      vizText(lang, "survivalDescription", {
        measure: yTitle,
        level: percentLevel,
        count: steps.length,
        time: "",
        value: "",
      }).replace(/[;,] [^;,]*$/, "."),
    );
  }
  const columns: TableColumn[] = [
    ...(options.color === undefined ? [] : [{ key: "group", title: colorTitle, kind: "text" as const }]),
    { key: "time", title: xTitle, kind: "number" },
    { key: "survival", title: yTitle, kind: "percent" },
    ...(band
      ? [
          { key: "lower", title: vizText(lang, "lower"), kind: "percent" as const },
          { key: "upper", title: vizText(lang, "upper"), kind: "percent" as const },
        ]
      : []),
  ];
  return finalize(
    {
      width: checkSize(options.width, 480, "width", name),
      height: checkSize(options.height, 260, "height", name),
      data: { values: steps },
      layer: layers,
    },
    {
      chart: "survival",
      title: options.title ?? yTitle,
      description: sentences.join(" "),
      table: {
        columns,
        rows: steps.map((step) => {
          const { group, ...rest } = step;
          const row: Record<string, unknown> = options.color === undefined ? { ...rest } : { group, ...rest };
          if (!band) {
            delete row.lower;
            delete row.upper;
          }
          return row;
        }),
      },
    },
    options,
  );
}
