import type { CellStatus, IndicatorProgress, Lang, Protection, Signal, ValueFormat } from "@solidata/core";
import type { CliIssue } from "../messages.js";

/**
 * Why a report's counts are perturbed or exact: `"key"` the association's key (`--key`,
 * `SOLIDATA_KEY`, `privacy.key`), `"local"` the release key kept on this computer (the default of
 * `solidata report`), `"exact"` asked for (`--exact`, `privacy.method: exact`, or a library call
 * without a key), `"synthetic"` the demo's synthetic data, exact so it can be checked.
 */
export type ReleaseBasis = "key" | "local" | "exact" | "synthetic";

/** The protection of a report: core's {@link Protection} and why it is exact or perturbed. */
export type ReportProtection = Protection & { release?: ReleaseBasis };

/** A text in both languages of the report. */
export interface LocalText {
  fr: string;
  en: string;
}

/** How a number is shown: core's formats of a published number (count, hours, euros, percent…). */
export { ValueFormat } from "@solidata/core";

/**
 * Whether a figure is shown (`"ok"`) or hidden: `"suppressed"` in a public report (one status, whatever
 * the rule), the rule's name in an internal one.
 */
export type FigureStatus = CellStatus;

/**
 * One number of the report. The HTML, the Markdown and report.json all show the same objects,
 * so a figure reads the same everywhere.
 */
export interface Figure {
  /** Stable identifier, e.g. `"volunteers.people"`. */
  id: string;
  label: LocalText;
  /** The value, or `null` when suppressed or unknown. */
  value: number | null;
  format: ValueFormat;
  /** How many people (or records, see `unit`) the figure rests on; `null` when hidden (a small count). */
  n: number | null;
  /** `"ok"`, or the rule that hid `n`. */
  nStatus?: FigureStatus;
  /** What `n` counts: `"person"`, `"record"`, `"file"`, `"group"`. */
  unit: string;
  /** Short method identifier, e.g. `"count-distinct"`, `"sum"`. */
  method: string;
  status: FigureStatus;
  /** The privacy threshold that applied when suppressed. */
  k?: number;
  /** A note for the reader (what the figure means, its limits). */
  note?: LocalText;
}

/** One cell of a data table: a value (text in both languages when it is a label) and its privacy status. */
export interface Cell {
  value: string | number | null | LocalText;
  /** `"ok"` or the rule that suppressed the cell (the value is then `null`). */
  status?: FigureStatus;
  k?: number;
}

/** A column of a data table. */
export interface Column {
  name: string;
  label: LocalText;
  format: ValueFormat;
}

/** A table of figures: the data under each chart, and the tables of the appendix. */
export interface DataTable {
  id: string;
  caption: LocalText;
  columns: Column[];
  rows: Cell[][];
}

/**
 * A chart: its Vega-Lite spec in each language, its SVG in the languages drawn so far, its alt text,
 * and the data table shown after it.
 */
export interface Chart {
  id: string;
  title: LocalText;
  /** Text alternative read by screen readers, and shown when the image cannot be. */
  alt: LocalText;
  spec: Record<Lang, Record<string, unknown>>;
  /**
   * The SVG drawn from `spec`, by language: absent until `drawCharts` draws it (drawing is most of a
   * report's work, and only the language written, for HTML or Markdown, needs it).
   */
  svg?: Partial<Record<Lang, string>>;
  table: DataTable;
}

/** One section of the report. */
export interface Section {
  id: string;
  title: LocalText;
  /** Paragraphs of plain text (escaped when rendered). */
  paragraphs: LocalText[];
  figures: Figure[];
  charts: Chart[];
  tables: DataTable[];
  /** The `indicators` section only: each indicator's value, baseline, target, progress and status (hidden: no value, no progress). */
  targets?: (IndicatorProgress & { statusLabel: LocalText })[];
}

/** A file read for the report, as listed in the data quality appendix. */
export interface FileSummary {
  name: string;
  sha256: string;
  kind: string | null;
  rowsRead: number;
  rowsClean: number;
  rowsQuarantined: number;
  /** Rows merged into an earlier row as duplicates (listed in the appendix): read = clean + quarantined + merged. */
  rowsMerged: number;
  /** Which engine prepared the file (`--engine`): every section's figures are computed by core from it either way. */
  engine?: "js" | "duckdb";
}

/**
 * Everything a report says, as data: renderers only lay it out. Serialised as report.json.
 */
export interface ReportModel {
  /** Version of this model's shape. */
  version: 1;
  title: LocalText;
  organisation: { name: string; logo?: string } | null;
  /** The period covered (ISO dates, inclusive), when known. */
  period: { from: string; to: string } | null;
  /** The span of dates the files hold, whatever the period asked for (to say what a period without data misses). */
  covered?: { from: string; to: string } | null;
  /** When the report was built (ISO date-time). */
  generatedAt: string;
  privacy: { profile: "public" | "internal"; k: number };
  /** How the figures are protected: threshold, contributors, dominance, label, exact or cell-key perturbed, and whose key. */
  protection: ReportProtection;
  sections: Section[];
  /**
   * Weak signals of the monthly figures, as core computes them: `{ code, measure, where, period,
   * direction, observed, expected, score }`; none rests on a hidden cell or shows a small count.
   */
  signals?: Signal[];
  /** Problems met while building (worded with the message catalogues when rendered). */
  warnings: CliIssue[];
  files: FileSummary[];
}
