import type { Issue } from "../messages/issue.js";
import type { SuppressedCell, SuppressionRule } from "../privacy/types.js";

/**
 * Whether a published value is shown (`"ok"`) or hidden: by a privacy rule (its name, in internal
 * outputs) or `"suppressed"` (public outputs say no more, whatever the rule).
 */
export type CellStatus = "ok" | SuppressionRule | "suppressed";

/** How a number is meant to be shown. */
export const ValueFormat = {
  count: "count",
  hours: "hours",
  euros: "euros",
  /** euros to the cent (rates, valuation lines) */
  cents: "cents",
  percent: "percent",
  decimal: "decimal",
  /** a p-value: three decimals, "< 0.001" below */
  pvalue: "pvalue",
  text: "text",
  date: "date",
} as const;
export type ValueFormat = (typeof ValueFormat)[keyof typeof ValueFormat];

/** What a base `n` counts. */
export type IndicatorUnit = "person" | "record" | "group" | "file";

/**
 * One published number: its value, the base it rests on and how it was protected. `n` is itself a
 * protected count: it is `null` (and `nStatus` says why) when showing it would reveal a small count.
 */
export interface Figure {
  /** Stable identifier, e.g. `"volunteers.people"`; the report's words for it are keyed by this id. */
  id: string;
  /** The value, or `null` when hidden or unknown. */
  value: number | null;
  format: ValueFormat;
  /** How many people (or records, see `unit`) the figure rests on; `null` when hidden. */
  n: number | null;
  /** `"ok"`, or the rule that hid `n`. */
  nStatus: CellStatus;
  unit: IndicatorUnit;
  /** Short method identifier, e.g. `"count-distinct"`, `"sum"`, `"median"`. */
  method: string;
  status: CellStatus;
  /** The threshold that applied, when the value or its base is hidden. */
  k?: number;
}

/** The value of a table cell: a number, a text, an interval `[low, high]`, or null when hidden or missing. */
export type CellValue = number | string | readonly [number, number] | null;

/** One cell of a published table, with its privacy status. */
export interface TableCell {
  value: CellValue;
  status: CellStatus;
}

/** A column of a published table: its name (the report's words for it are keyed by it) and format. */
export interface TableColumn {
  name: string;
  /** the format of the values (of both bounds, for an interval) */
  format: ValueFormat;
  /** the cells are intervals `[low, high]` */
  interval?: boolean;
}

/** A published table. */
export interface IndicatorTable {
  /** Stable identifier, e.g. `"outcomes-change"`. */
  id: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

/** One point of a chart series: a category (and a second one for heat maps) and its protected value. */
export interface SeriesPoint {
  /** The category as found in the data ("Maraude", "2025-03", a département code "2A"). */
  category: string;
  /** Second dimension of a heat map (e.g. years after arrival). */
  column?: string;
  value: number | null;
  status: CellStatus;
}

/** The data under one chart. */
export interface Series {
  /** Stable identifier, e.g. `"volunteers-hours-by-activity"`. */
  id: string;
  /** What the categories are: `"month"`, `"activity"`, `"departement"`, … */
  dimension: string;
  /** What the values are: `"hours"`, `"people"`, `"rate"`, … */
  measure: string;
  format: ValueFormat;
  /** How many people or records the series rests on (protected, like a figure's `n`). */
  n: number | null;
  points: SeriesPoint[];
  /** Values that are not observed (outside the files' window), as categories, for heat maps. */
  notObserved?: { category: string; column?: string }[];
}

/** What one section of a report publishes. */
export interface SectionIndicators {
  id: string;
  figures: Figure[];
  series: Series[];
  tables: IndicatorTable[];
  /** Every cell hidden by a privacy rule in this section. */
  suppressed: SuppressedCell[];
  /** Warnings as data (never a raw count below the threshold). */
  warnings: Issue[];
  /** Method statements to print with the section (issues worded by the catalogue). */
  methods: Issue[];
}
