import type { MessageCode } from "../locales/en.js";

/**
 * What a normaliser returns for one cell: the normalised value (`null` when the cell is empty),
 * or the stable code of the problem when the value cannot be read.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; code: MessageCode };

/** Whether a raw cell is empty: `null`, `undefined`, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
