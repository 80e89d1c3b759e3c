import type { Lang } from "@solidata/core";
import { barChart, franceMap, lineChart, worldMap } from "@solidata/viz";
import type { Cell, Chart, FigureStatus, LocalText, ValueFormat } from "./model.js";

/** One bar or point of a simple chart. */
interface ChartPoint {
  category: string | LocalText;
  /** The category as found in the data, when the label differs (an ISO month for line charts). */
  raw?: string;
  value: number | null;
  status?: FigureStatus;
  k?: number;
}

/** What {@link makeChart} draws. */
interface ChartRequest {
  /** Stable identifier (file names in `charts/`): letters, digits and `-`. */
  id: string;
  title: LocalText;
  alt: LocalText;
  /**
   * `bar` (horizontal bars, categories kept in order), `line` (categories are ISO months or dates, in
   * order), `map` (categories are French département codes as text: "01", "2A", "971") or `world`
   * (a world map: each point's `raw` is its ISO 3166-1 numeric code as text, "250").
   */
  mark: "bar" | "line" | "map" | "world";
  categoryLabel: LocalText;
  valueLabel: LocalText;
  valueFormat: ValueFormat;
  points: ChartPoint[];
  /** How many people the chart rests on, shown as "n = …". */
  n?: number;
  /** Where the data comes from, shown under the title. */
  source?: LocalText;
}

function textOf(value: string | LocalText, lang: Lang): string {
  return typeof value === "string" ? value : value[lang];
}

function spec(request: ChartRequest, lang: Lang): Record<string, unknown> {
  const values = request.points.map((p) => ({
    category: textOf(p.category, lang),
    value: p.value,
    value_status: p.status ?? "ok",
  }));
  const k = request.points.find((p) => p.k !== undefined)?.k ?? 10;
  if (request.mark === "map") {
    return franceMap(
      values.map((v) => ({ departement: v.category, value: v.value, value_status: v.value_status })),
      {
        level: "departement",
        code: "departement",
        value: "value",
        k,
        lang,
        format: request.valueFormat === "percent" ? "percent" : "number",
        title: request.title[lang],
        description: request.alt[lang],
        valueTitle: request.valueLabel[lang],
        ...(request.n !== undefined ? { n: request.n } : {}),
        ...(request.source ? { source: request.source[lang] } : {}),
      },
    ) as unknown as Record<string, unknown>;
  }
  if (request.mark === "world") {
    return worldMap(
      request.points.map((p) => ({ country: p.raw ?? "", value: p.value, value_status: p.status ?? "ok" })),
      {
        country: "country",
        value: "value",
        k,
        lang,
        format: request.valueFormat === "percent" ? "percent" : "number",
        title: request.title[lang],
        description: request.alt[lang],
        valueTitle: request.valueLabel[lang],
        ...(request.n !== undefined ? { n: request.n } : {}),
        ...(request.source ? { source: request.source[lang] } : {}),
      },
    ) as unknown as Record<string, unknown>;
  }
  if (request.mark === "bar") {
    return barChart(values, {
      x: "category",
      y: "value",
      k,
      lang,
      orientation: "horizontal",
      format: request.valueFormat === "percent" ? "percent" : "number",
      title: request.title[lang],
      description: request.alt[lang],
      ...(request.n !== undefined ? { n: request.n } : {}),
      ...(request.source ? { source: request.source[lang] } : {}),
      xTitle: request.categoryLabel[lang],
      yTitle: request.valueLabel[lang],
    }) as unknown as Record<string, unknown>;
  }
  return lineChart(
    request.points.map((p) => ({
      period: p.raw ?? textOf(p.category, lang),
      value: p.value,
      value_status: p.status ?? "ok",
    })),
    {
      x: "period",
      y: "value",
      k,
      lang,
      format: request.valueFormat === "percent" ? "percent" : "number",
      title: request.title[lang],
      description: request.alt[lang],
      ...(request.n !== undefined ? { n: request.n } : {}),
      ...(request.source ? { source: request.source[lang] } : {}),
      xTitle: request.categoryLabel[lang],
      yTitle: request.valueLabel[lang],
    },
  ) as unknown as Record<string, unknown>;
}

/**
 * Builds a chart of the report: its Vega-Lite spec in both languages, and the data table that
 * follows it (suppressed points show as "< k" there, and as no bar on the chart). The SVG is drawn
 * later, by `drawCharts`, in the one language written.
 *
 * @param request - see {@link ChartRequest}; points must already be protected by small-cell suppression
 * @returns the chart
 * @example
 * makeChart({ id: "sites", mark: "bar", points: [{ category: "A", value: 12 }], … }).table.rows[0]
 * // => [{ value: "A" }, { value: 12, status: "ok" }]
 */
export function makeChart(request: ChartRequest): Chart {
  const fr = spec(request, "fr");
  const en = spec(request, "en");
  const rows: Cell[][] = request.points.map((p) => [
    { value: p.category },
    { value: p.value, status: p.status ?? "ok", ...(p.k !== undefined ? { k: p.k } : {}) },
  ]);
  return {
    id: request.id,
    title: request.title,
    alt: request.alt,
    spec: { fr, en },
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
