import { publicStatus } from "./public-status.js";
import type { ProtectedFigure, PublicStatus } from "./types.js";

/**
 * A protected figure as a public output shows it: the value when published, `null` and
 * `"suppressed"` otherwise, without the rule.
 *
 * Why: indicators keep the rule for internal outputs and the quality appendix; anything written
 * for the public goes through this (or {@link publicTable} for tables).
 *
 * @param figure - `{ value, status }` from {@link protectCount}, {@link protectSum} or {@link protectDerived}
 * @returns `{ value, status }` with `status` `"ok"` or `"suppressed"`, and `value` null when suppressed
 * @example
 * publicFigure({ value: null, status: "dominance" }) // => { value: null, status: "suppressed" }
 */
export function publicFigure(figure: ProtectedFigure<string>): ProtectedFigure<PublicStatus> {
  const status = publicStatus(figure.status);
  return { value: status === "ok" ? figure.value : null, status };
}
