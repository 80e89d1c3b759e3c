import type { ChartData } from "../types.js";

/** The rows of an arquero table or an array of objects, as plain records. */
export function toRows(data: ChartData, functionName: string): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.map((row) => ({ ...(row as Record<string, unknown>) }));
  if (data !== null && typeof data === "object" && typeof (data as { objects?: unknown }).objects === "function") {
    return (data as { objects(): object[] }).objects() as Record<string, unknown>[];
  }
  throw new TypeError(`${functionName}: needs an arquero table or an array of objects`);
}

/** Throws when a named field is in none of the rows. */
export function requireField(rows: Record<string, unknown>[], field: string, functionName: string): void {
  if (rows.length > 0 && !rows.some((row) => field in row)) {
    throw new Error(`${functionName}: needs a column "${field}" in the data`);
  }
}

/** A cell as a number, or null when missing or not numeric. */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  return null;
}

/** A cell as display text: identifiers and labels stay text, dates become ISO days. */
export function toLabel(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Checks a size option. */
export function checkSize(value: number | undefined, fallback: number, name: string, functionName: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 50 || value > 2000) {
    throw new RangeError(`${functionName}: needs ${name} between 50 and 2000 pixels`);
  }
  return Math.round(value);
}
