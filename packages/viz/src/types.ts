import type { Lang } from "@solidata/core";
import type { TopLevelSpec } from "vega-lite";

/** Anything with arquero's `objects()`: a `ColumnTable` from `@solidata/core` results. */
export interface TableLike {
  objects(): object[];
}

/** What every builder takes as data: an arquero table or an array of plain objects. */
export type ChartData = TableLike | readonly object[];

/** Options every builder shares. */
export interface BaseChartOptions {
  /** Language of titles, formats and descriptions. Default `"fr"`. */
  lang?: Lang;
  /** Main title. Default: made from what is measured. */
  title?: string;
  /** A line above the source line in the subtitle. */
  subtitle?: string;
  /** Where the data comes from, shown in the subtitle ("Registre des bénéficiaires 2025"). */
  source?: string;
  /** Number of people (or records) the chart rests on, shown in the subtitle as "n = …". */
  n?: number;
  /** Width of the plotting area in pixels (50–2000). Default depends on the chart. */
  width?: number;
  /** Height of the plotting area in pixels (50–2000). Default depends on the chart. */
  height?: number;
  /** Alternative text to use instead of the one made from the data. */
  description?: string;
}

/** How a value of a column is written in an accessible table. */
export type ColumnKind = "text" | "number" | "percent" | "period" | "date";

/** One column of the accessible table a chart carries. */
export interface TableColumn {
  /** Key of the value in each row. */
  key: string;
  /** Header text, already in the chart's language. */
  title: string;
  kind: ColumnKind;
  /** Key of the row's suppression label (`"< 10"`, or `""` when the value is shown). */
  status?: string;
}

/** The data of a chart as a table, kept in the spec's `usermeta.solidata`. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, unknown>[];
}

/** What solidata keeps in a spec's `usermeta`. */
export interface ChartMeta {
  /** Which builder made the spec, e.g. `"bar"`. */
  chart: string;
  lang: Lang;
  title: string;
  /** The alternative text (also the spec's `description`). */
  description: string;
  table: ChartTable;
}

/** A Vega-Lite spec made by a solidata builder: valid Vega-Lite plus `usermeta.solidata`. */
export type ChartSpec = TopLevelSpec & { usermeta: { solidata: ChartMeta } };
