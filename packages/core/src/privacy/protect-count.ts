import { perturbCount } from "./perturb-count.js";
import { K_FLOOR, privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";
import { PrivacyProfile, type ProtectedFigure, SuppressionRule } from "./types.js";

/** What a count counts: people (the default) or organisations (local groups, partners). */
export const CountUnit = { person: "person", organisation: "organisation" } as const;
export type CountUnit = (typeof CountUnit)[keyof typeof CountUnit];

/** Options of {@link protectCount}. */
export interface ProtectCountOptions {
  /** `"public"` (default, k = 10) or `"internal"` (k = 5). */
  profile?: PrivacyProfile;
  /** Threshold; default from the profile. Never below 5. */
  k?: number;
  /**
   * The record keys of the counted records (see `recordKeys`): the count is then perturbed by the
   * cell-key method ({@link perturbCount}). Without them, `roundTo` applies if set.
   */
  recordKeys?: ArrayLike<number>;
  /** Round to a multiple of 5 (never below k) when no record keys are given; default from the profile (none). */
  roundTo?: 5 | null;
  /**
   * `"organisation"`: a count of groups or organisations, not of people, published exact (status
   * `"ok"`) unless `suppressOrganisations` is true. Default `"person"`.
   */
  unit?: CountUnit;
  /** Suppress counts of organisations like counts of people; default from the profile (false). */
  suppressOrganisations?: boolean;
}

/**
 * Protects one count before it is published: 0 stays 0, 1 to k − 1 is hidden (rule `primary`), k or
 * more is published, perturbed by the cell-key method when record keys are given, else rounded to 5
 * when asked.
 *
 * Why: indicators publish single counts (people reached, volunteers, groups) outside any table; this
 * is the one place that decides how. Complementary suppression across cells is
 * `suppressSmallCells`'s job: use it for tables with totals.
 *
 * @param value - the exact count (whole number, 0 or more); `null` for a missing count (published as missing)
 * @param options - profile, k, recordKeys, roundTo, unit, suppressOrganisations
 * @returns `{ value, status }`: the value to publish (null when hidden) and `"ok"` or `"primary"`
 * @throws PrivacyError `privacy.k_below_floor` when k < 5, `privacy.bad_option` for a negative or fractional count
 * @example
 * protectCount(3) // => { value: null, status: "primary" }
 * protectCount(3, { unit: "organisation" }) // => { value: 3, status: "ok" }
 * protectCount(103, { roundTo: 5 }) // => { value: 105, status: "ok" }
 */
export function protectCount(value: number | null, options: ProtectCountOptions = {}): ProtectedFigure {
  const fn = "protectCount";
  const defaults = privacyDefaults(options.profile ?? PrivacyProfile.public);
  const k = options.k ?? defaults.k;
  if (!Number.isInteger(k) || k < K_FLOOR)
    throw new PrivacyError("privacy.k_below_floor", { function: fn, floor: K_FLOOR, k });
  if (value === null) return { value: null, status: "ok" };
  if (!Number.isInteger(value) || value < 0) {
    throw new PrivacyError("privacy.bad_option", {
      function: fn,
      detail: "the count must be a whole number, 0 or more",
    });
  }
  const suppressOrganisations = options.suppressOrganisations ?? defaults.suppressOrganisations;
  if (options.unit === CountUnit.organisation && !suppressOrganisations) return { value, status: "ok" };
  if (value === 0) return { value: 0, status: "ok" };
  if (value < k) return { value: null, status: SuppressionRule.primary };
  if (options.recordKeys) return { value: perturbCount(options.recordKeys, value, { k }), status: "ok" };
  const roundTo = options.roundTo === undefined ? defaults.roundTo : options.roundTo;
  if (roundTo) {
    const rounded = Math.round(value / roundTo) * roundTo;
    return { value: rounded >= k ? rounded : Math.ceil(k / roundTo) * roundTo, status: "ok" };
  }
  return { value, status: "ok" };
}
