import { escape as aqEscape, type ColumnTable } from "arquero";
import type { PrivacyProfile } from "../privacy/types.js";
import { protectBase } from "./protect-base.js";
import type { CellStatus, Figure, IndicatorUnit, Series, SeriesPoint, TableCell, ValueFormat } from "./types.js";

/** Privacy settings every indicator takes (internal). */
export interface IndicatorPrivacy {
  profile: PrivacyProfile;
  k: number;
}

/** Whether a table exists and has a column (internal). */
export function has(table: ColumnTable | null | undefined, column: string): table is ColumnTable {
  return table?.columnNames().includes(column) ?? false;
}

/** The rows where a column is filled (internal). */
export function nonEmpty(table: ColumnTable, column: string): ColumnTable {
  return table.filter(
    aqEscape((d: Record<string, unknown>) => d[column] !== null && d[column] !== undefined && d[column] !== ""),
  );
}

/** The status of a protected cell from its `<column>_status` value (internal). */
export function statusOf(value: unknown): CellStatus {
  return value === "primary" || value === "complementary" || value === "dominance" || value === "small-base"
    ? value
    : "ok";
}

/** The first row of a table as an object (internal). */
export function firstRow(table: ColumnTable | undefined): Record<string, unknown> | undefined {
  if (!table || table.numRows() === 0) return undefined;
  return table.objects({ limit: 1 })[0] as Record<string, unknown>;
}

/** What a figure is besides its value (internal). */
interface FigureMeta {
  id: string;
  format: ValueFormat;
  n: number;
  unit: IndicatorUnit;
  method: string;
}

/** A figure from one cell of a protected table, its base protected too (internal). */
export function figureFrom(
  row: Record<string, unknown> | undefined,
  column: string,
  meta: FigureMeta,
  privacy: IndicatorPrivacy,
): Figure {
  const raw = row?.[column];
  const base = protectBase(meta.n, privacy.k);
  let status = statusOf(row?.[`${column}_status`]);
  // a value over a hidden base is hidden with it: it would otherwise be a figure on too few people
  if (status === "ok" && base.nStatus !== "ok" && meta.unit !== "group") status = "small-base";
  const value = status === "ok" && typeof raw === "number" && Number.isFinite(raw) ? raw : null;
  return {
    ...meta,
    ...(meta.unit === "group" ? { n: meta.n, nStatus: "ok" } : base),
    value,
    status,
    ...(status !== "ok" || base.nStatus !== "ok" ? { k: privacy.k } : {}),
  };
}

/** A protected cell of a result table (internal). */
export function cellOf(row: Record<string, unknown>, column: string): TableCell {
  const status = statusOf(row[column === "" ? "" : `${column}_status`]);
  const value = row[column];
  if (status !== "ok") return { value: null, status };
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : null, status };
  return { value: value === null || value === undefined ? null : String(value), status };
}

/** A text cell (internal). */
export function textCell(value: unknown): TableCell {
  return { value: value === null || value === undefined ? null : String(value), status: "ok" };
}

/** Series points from a protected table (internal). */
export function pointsFrom(table: ColumnTable, category: string, value: string): SeriesPoint[] {
  return (table.objects() as Record<string, unknown>[]).map((r) => {
    const status = statusOf(r[`${value}_status`]);
    const v = r[value];
    const c = r[category];
    return {
      category: c === null || c === undefined ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c),
      value: status === "ok" && typeof v === "number" && Number.isFinite(v) ? v : null,
      status,
    };
  });
}

/** A series with its base protected (internal). */
export function series(
  id: string,
  dimension: string,
  measure: string,
  format: ValueFormat,
  n: number,
  points: SeriesPoint[],
  privacy: IndicatorPrivacy,
  unit: IndicatorUnit = "person",
): Series {
  return { id, dimension, measure, format, n: unit === "group" ? n : protectBase(n, privacy.k).n, points };
}
