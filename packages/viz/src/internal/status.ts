import type { Lang } from "@solidata/core";
import { vizText } from "../viz-text.js";

/**
 * The label of a cell: `""` when its status is missing or `"ok"`, else the text that replaces the
 * value: "< 10" for a primary cell, "n < 10" for a rate or mean on a small base, "secret" for a
 * cell hidden so that another cannot be worked out (complementary, dominance).
 */
export function suppressionLabel(status: unknown, value: unknown, k: number, lang: Lang): string {
  if (status === null || status === undefined || status === "ok" || status === "") {
    return value === null || value === undefined ? "" : "";
  }
  if (status === "primary") return vizText(lang, "suppressedPrimary", { k });
  if (status === "small-base") return vizText(lang, "suppressedSmallBase", { k });
  return vizText(lang, "suppressedOther");
}

/** Whether a row's value is suppressed: a non-"ok" status, whatever the value. */
export function isSuppressed(status: unknown): boolean {
  return !(status === null || status === undefined || status === "ok" || status === "");
}

/** Checks k. */
export function checkK(k: number | undefined, functionName: string): number {
  const value = k ?? 10;
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new RangeError(`${functionName}: needs k as a whole number from 1 to 1000`);
  }
  return value;
}
