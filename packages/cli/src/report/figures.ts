import type { ColumnTable } from "arquero";
import type { ChartPoint } from "./make-chart.js";
import type { Figure, FigureStatus, LocalText, ValueFormat } from "./model.js";

/** What a figure is, besides its value (internal). */
export interface FigureMeta {
  id: string;
  label: LocalText;
  format: ValueFormat;
  n: number;
  unit: string;
  method: string;
  k: number;
  note?: LocalText;
}

function statusOf(value: unknown): FigureStatus {
  return value === "primary" || value === "complementary" || value === "dominance" || value === "small-base"
    ? value
    : "ok";
}

/** A figure from one cell of a protected table: its value and `<column>_status` (internal). */
export function figureFrom(row: Record<string, unknown> | undefined, column: string, meta: FigureMeta): Figure {
  const raw = row?.[column];
  const status = statusOf(row?.[`${column}_status`]);
  const value = status === "ok" && typeof raw === "number" && Number.isFinite(raw) ? raw : null;
  const { k, note, ...rest } = meta;
  return { ...rest, value, status, ...(status !== "ok" ? { k } : {}), ...(note ? { note } : {}) };
}

/** Chart points from a protected table: one per row, the category as text (internal). */
export function pointsFrom(
  table: ColumnTable,
  category: string,
  value: string,
  k: number,
  label?: (v: unknown) => string | LocalText,
): ChartPoint[] {
  return table.objects().map((row) => {
    const r = row as Record<string, unknown>;
    const status = statusOf(r[`${value}_status`]);
    const v = r[value];
    const c = r[category];
    return {
      category: label ? label(c) : c === null || c === undefined ? "–" : String(c),
      value: status === "ok" && typeof v === "number" ? v : null,
      status,
      ...(status !== "ok" ? { k } : {}),
    };
  });
}

/** The first row of a table as an object, or undefined (internal). */
export function firstRow(table: ColumnTable | undefined): Record<string, unknown> | undefined {
  if (!table || table.numRows() === 0) return undefined;
  return table.objects({ limit: 1 })[0] as Record<string, unknown>;
}

const monthFormats = {
  fr: new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
};

/** A month label ("2025-01") written in both languages ("janv. 2025", "Jan 2025"); other labels as they are (internal). */
export function monthLabel(value: unknown): string | LocalText {
  const text = String(value ?? "–");
  if (!/^\d{4}-\d{2}$/.test(text)) return text;
  const date = new Date(`${text}-01T00:00:00Z`);
  return { fr: monthFormats.fr.format(date), en: monthFormats.en.format(date) };
}
