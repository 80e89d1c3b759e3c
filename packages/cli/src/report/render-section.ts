import {
  type Figure as CoreFigure,
  countryNumericCode,
  type IndicatorTable,
  type Lang,
  type SectionIndicators,
  type Series,
  type TableCell,
} from "@solidata/core";
import { heatmapChart } from "@solidata/viz";
import type { ReportCode } from "../locales/report-en.js";
import { isReportCode, words, wordsOr } from "../locales/report-words.js";
import { countryWords } from "./country-words.js";
import { monthLabel } from "./figures.js";
import { formatValue } from "./format-value.js";
import { makeChart } from "./make-chart.js";
import type { Cell, Chart, DataTable, Figure, LocalText, Section } from "./model.js";
import type { ChartDeclaration, SectionDeclaration } from "./sections.js";

/** A figure of core with its words (internal). */
function figureWords(figure: CoreFigure): Figure {
  const code = `figure.${figure.id}`;
  return { ...figure, label: isReportCode(code) ? words(code) : { fr: figure.id, en: figure.id } };
}

/** A cell of core with its words: intervals written in each language, `all` as "Ensemble" (internal). */
function cellWords(cell: TableCell, k: number, format: "decimal" | "percent" = "decimal", column = ""): Cell {
  const hidden = cell.status !== "ok";
  if (hidden) return { value: null, status: cell.status, k };
  const v = cell.value;
  if (Array.isArray(v)) {
    const [low, high] = v as readonly [number, number];
    return {
      value: words("value.interval", {
        fr: { low: formatValue(low, format, "fr"), high: formatValue(high, format, "fr") },
        en: { low: formatValue(low, format, "en"), high: formatValue(high, format, "en") },
      }),
      status: "ok",
    };
  }
  if (v === "all") return { value: words("value.all"), status: "ok" };
  // countries counted by ISO code are named in each language; the communes past the list are one line
  if (column === "country_code" && typeof v === "string") return { value: countryWords(v), status: "ok" };
  if (column === "commune" && v === "other") return { value: words("value.other_communes"), status: "ok" };
  return { value: v === null ? null : (v as string | number), status: "ok" };
}

/** A column's words: those of its table's own column code when there is one, else of its name (internal). */
function tableColumnWords(tableId: string, name: string): LocalText {
  const code = `column.${tableId}.${name}`;
  return isReportCode(code) ? words(code) : wordsOr(`column.${name}`, "field.other");
}

/** The alternative text of a chart, from its `chart.<id>.alt` code; a chart without one reads its title (internal). */
function altWords(id: string, title: LocalText, count: number): LocalText {
  const code = `chart.${id}.alt`;
  return isReportCode(code) ? words(code, { count }) : title;
}

/** A table of core with its words (internal). */
function tableWords(table: IndicatorTable, k: number, caption?: LocalText): DataTable {
  return {
    id: table.id,
    caption: caption ?? wordsOr(`table.${table.id}.caption`, "reason.other"),
    columns: table.columns.map((c) => ({
      name: c.name,
      label: tableColumnWords(table.id, c.name),
      format: c.interval ? "text" : c.format,
    })),
    rows: table.rows.map((row) =>
      row.map((cell, i) => {
        const column = table.columns[i];
        return cellWords(
          cell,
          k,
          column?.interval && column.format === "percent" ? "percent" : "decimal",
          column?.name ?? "",
        );
      }),
    ),
  };
}

const sourceCode = (source: ChartDeclaration["source"], placesFrom: string | null): ReportCode =>
  source === "places" ? (placesFrom === "visits" ? "source.visits" : "source.beneficiaries") : `source.${source}`;

function heatmap(id: string, series: Series, table: IndicatorTable | undefined, k: number, source: LocalText): Chart {
  const title = wordsOr(`chart.${id}.title`, "reason.other");
  const alt = altWords(id, title, series.points.length);
  const rows = series.points.map((p) => ({
    cohort: p.category,
    offset: Number(p.column),
    rate: p.value,
    rate_status: p.status,
  }));
  const spec = (lang: Lang): Record<string, unknown> =>
    heatmapChart(rows, {
      x: "offset",
      y: "cohort",
      value: "rate",
      k,
      lang,
      format: "percent",
      title: title[lang],
      description: alt[lang],
      source: source[lang],
      ...(series.n !== null ? { n: series.n } : {}),
      xTitle: words("dimension.offset")[lang],
      yTitle: words("dimension.cohort")[lang],
      valueTitle: words("measure.rate")[lang],
    }) as unknown as Record<string, unknown>;
  const fr = spec("fr");
  const en = spec("en");
  const data: DataTable = table ? tableWords(table, k, title) : { id, caption: title, columns: [], rows: [] };
  return { id, title, alt, spec: { fr, en }, table: { ...data, id } };
}

/**
 * Turns a declared section and core's indicators for it into the report's section: the figures,
 * charts and tables the declaration names (those core computed), worded from the catalogues. It
 * computes nothing.
 *
 * @param declaration - the section's declaration (see `reportSections`)
 * @param indicators - core's indicators of that section
 * @param k - the threshold, written in "< k"
 * @param placesFrom - which file the places of the territory section come from
 * @returns the section of the report model
 */
export function renderSection(
  declaration: SectionDeclaration,
  indicators: SectionIndicators,
  k: number,
  placesFrom: string | null = null,
): Section {
  const figures = declaration.figures
    .map((id) => indicators.figures.find((f) => f.id === id))
    .filter((f): f is CoreFigure => f !== undefined)
    .map(figureWords);
  const charts: Chart[] = [];
  for (const chart of declaration.charts) {
    const series = indicators.series.find((s) => s.id === chart.series);
    if (!series || series.points.length === 0) continue;
    const id = chart.id ?? chart.series;
    const source = words(sourceCode(chart.source, placesFrom));
    if (chart.mark === "heatmap") {
      charts.push(
        heatmap(
          id,
          series,
          indicators.tables.find((t) => t.id === chart.table),
          k,
          source,
        ),
      );
      continue;
    }
    const month = series.dimension === "month";
    const country = series.dimension === "country_code";
    if (chart.mark === "world" && !country) continue;
    const title = wordsOr(`chart.${id}.title`, "reason.other");
    charts.push(
      makeChart({
        id,
        mark: chart.mark,
        title,
        alt: altWords(id, title, series.points.length),
        categoryLabel: wordsOr(`dimension.${series.dimension}`, "field.other"),
        valueLabel: wordsOr(`measure.${series.measure}`, "field.other"),
        valueFormat: series.format,
        points: series.points.map((p) => ({
          category: month
            ? monthLabel(p.category)
            : country
              ? countryWords(p.category)
              : p.category === ""
                ? "–"
                : p.category,
          ...(month ? { raw: p.category } : {}),
          ...(country ? { raw: countryNumericCode(p.category) ?? "" } : {}),
          value: p.value,
          status: p.status,
          ...(p.status !== "ok" ? { k } : {}),
        })),
        ...(series.n !== null ? { n: series.n } : {}),
        source,
      }),
    );
  }
  const tables = declaration.tables
    .map((id) => indicators.tables.find((t) => t.id === id))
    .filter((t): t is IndicatorTable => t !== undefined)
    .map((t) => tableWords(t, k));
  return {
    id: declaration.id,
    title: words(`section.${declaration.id}.title`),
    paragraphs: declaration.paragraphs.map((code) => words(code)),
    figures,
    charts,
    tables,
  };
}
