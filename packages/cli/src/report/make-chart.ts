import type { Lang } from "@solidata/core";
import { chartToSvg } from "./chart-to-svg.js";
import type { Cell, Chart, FigureStatus, LocalText, ValueFormat } from "./model.js";

/** One bar or point of a simple chart. */
export interface ChartPoint {
  category: string | LocalText;
  value: number | null;
  status?: FigureStatus;
  k?: number;
}

/** What {@link makeChart} draws. */
export interface ChartRequest {
  /** Stable identifier (file names in `charts/`): letters, digits and `-`. */
  id: string;
  title: LocalText;
  alt: LocalText;
  /** `bar` (horizontal bars, categories kept in order) or `line` (categories are ISO months or dates, in order). */
  mark: "bar" | "line";
  categoryLabel: LocalText;
  valueLabel: LocalText;
  valueFormat: ValueFormat;
  points: ChartPoint[];
}

const d3Format: Partial<Record<ValueFormat, string>> = { percent: ".0%", count: ",d", hours: ",.0f", euros: ",.0f" };

function textOf(value: string | LocalText, lang: Lang): string {
  return typeof value === "string" ? value : value[lang];
}

function spec(request: ChartRequest, lang: Lang): Record<string, unknown> {
  const values = request.points.map((p) => ({ category: textOf(p.category, lang), value: p.value }));
  const category = {
    field: "category",
    type: request.mark === "line" ? "ordinal" : "nominal",
    sort: null,
    title: request.categoryLabel[lang],
    axis: { labelLimit: 180 },
  };
  const value = {
    field: "value",
    type: "quantitative",
    title: request.valueLabel[lang],
    axis: d3Format[request.valueFormat] ? { format: d3Format[request.valueFormat] } : {},
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: request.alt[lang],
    width: 460,
    height: request.mark === "bar" ? { step: 22 } : 220,
    data: { values },
    mark: request.mark === "bar" ? { type: "bar", color: "#1f5fa8" } : { type: "line", point: true, color: "#1f5fa8" },
    encoding: request.mark === "bar" ? { y: category, x: value } : { x: category, y: value },
    config: {
      locale:
        lang === "fr"
          ? { number: { decimal: ",", thousands: "\u202f", grouping: [3], currency: ["", " €"] } }
          : undefined,
      font: "system-ui, sans-serif",
      view: { stroke: null },
    },
  };
}

/**
 * Builds a chart of the report: its Vega-Lite spec and SVG in both languages, and the data table
 * that follows it (suppressed points show as "< k" there, and as no bar on the chart).
 *
 * @param request - see {@link ChartRequest}; points must already be protected by small-cell suppression
 * @returns the chart
 * @example
 * (await makeChart({ id: "sites", mark: "bar", points: [{ category: "A", value: 12 }], … })).table.rows[0]
 * // => [{ value: "A" }, { value: 12, status: "ok" }]
 */
export async function makeChart(request: ChartRequest): Promise<Chart> {
  const fr = spec(request, "fr");
  const en = spec(request, "en");
  const [svgFr, svgEn] = await Promise.all([chartToSvg(fr), chartToSvg(en)]);
  const rows: Cell[][] = request.points.map((p) => [
    { value: p.category },
    { value: p.value, status: p.status ?? "ok", ...(p.k !== undefined ? { k: p.k } : {}) },
  ]);
  return {
    id: request.id,
    title: request.title,
    alt: request.alt,
    spec: { fr, en },
    svg: { fr: svgFr, en: svgEn },
    table: {
      id: request.id,
      caption: request.title,
      columns: [
        { name: "category", label: request.categoryLabel, format: "text" },
        { name: "value", label: request.valueLabel, format: request.valueFormat },
      ],
      rows,
    },
  };
}
