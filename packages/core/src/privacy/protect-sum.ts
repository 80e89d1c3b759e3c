import { privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";
import { PrivacyProfile, type ProtectedFigure, SuppressionRule } from "./types.js";

/** Options of {@link protectSum}. */
export interface ProtectSumOptions {
  /** `"public"` (default) or `"internal"`. */
  profile?: PrivacyProfile;
  /** Fewest distinct contributors behind a published sum; default from the profile (3). At least 2. */
  minContributors?: number;
  /** Largest share one contributor may hold, in (0, 1]; default 0.85. */
  dominance?: number;
}

/**
 * Protects one sum (hours, kilograms, amounts) before it is published: hidden when fewer than 3
 * distinct people contribute (rule `min-contributors`) or when one of them holds more than 85 % of
 * it (rule `dominance`).
 *
 * Why: "Driver 10.5 h" from two volunteers lets each subtract their own 8 h and read the other's
 * 2.5 h; with one volunteer doing 90 % of a sum, the sum is nearly that volunteer's own figure.
 * French official statistics publish a sum only with at least 3 contributors and no dominant one.
 * Rows of the same person are added up first; rows with an empty person or a missing value are
 * ignored; negative values count by their size for the dominance share.
 *
 * @param contributions - `[person, value]` pairs (one per row), or a map of person → total
 * @param options - profile, minContributors, dominance
 * @returns `{ value, status }`: the sum, or null with the rule that hid it
 * @throws PrivacyError `privacy.bad_option` for minContributors < 2 or a dominance outside (0, 1]
 * @example
 * protectSum([["A", 8], ["B", 2.5]]) // => { value: null, status: "min-contributors" }
 * protectSum([["A", 4], ["B", 3], ["C", 3.5]]) // => { value: 10.5, status: "ok" }
 * protectSum([["A", 90], ["B", 5], ["C", 5]]) // => { value: null, status: "dominance" }
 */
export function protectSum(
  contributions: Iterable<readonly [unknown, number | null | undefined]> | ReadonlyMap<unknown, number>,
  options: ProtectSumOptions = {},
): ProtectedFigure {
  const fn = "protectSum";
  const defaults = privacyDefaults(options.profile ?? PrivacyProfile.public);
  const minContributors = options.minContributors ?? defaults.minContributors;
  if (!Number.isInteger(minContributors) || minContributors < 2) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: "minContributors must be a whole number, at least 2",
    });
  }
  const dominance = options.dominance ?? defaults.dominance;
  if (!(dominance > 0 && dominance <= 1)) {
    throw new PrivacyError("privacy.bad_option", { function: fn, detail: "dominance must be in (0, 1]" });
  }
  const totals = new Map<string, number>();
  for (const [person, value] of contributions) {
    if (person === null || person === undefined || typeof value !== "number" || !Number.isFinite(value)) continue;
    const who = String(person).trim();
    if (who === "") continue;
    totals.set(who, (totals.get(who) ?? 0) + value);
  }
  let sum = 0;
  let size = 0;
  let largest = 0;
  let contributors = 0;
  for (const value of totals.values()) {
    sum += value;
    size += Math.abs(value);
    if (value !== 0) contributors += 1;
    if (Math.abs(value) > largest) largest = Math.abs(value);
  }
  if (contributors === 0) return { value: 0, status: "ok" };
  if (contributors < minContributors) return { value: null, status: SuppressionRule.minContributors };
  if (size > 0 && largest / size > dominance) return { value: null, status: SuppressionRule.dominance };
  return { value: sum, status: "ok" };
}
