import { PrivacyError } from "./privacy-error.js";
import { PrivacyProfile } from "./types.js";

/** The smallest threshold k any profile may use: a count below 5 is always suppressed. */
export const K_FLOOR = 5;

/** Thresholds a privacy profile applies. */
export interface PrivacyDefaults {
  /** Counts below k are suppressed (primary rule); statistics whose base n is below k too. */
  k: number;
  /** A sum is suppressed when its largest single contribution exceeds this share of it. */
  dominance: number;
  /** Published counts are rounded to this base, or left exact (`null`). */
  roundTo: 5 | null;
  /**
   * A sum (hours, kilograms, amounts) is published only when at least this many distinct people
   * contribute to it, on top of the dominance rule: with two, each can subtract their own part and
   * read the other's. French official statistics use 3.
   */
  minContributors: number;
  /**
   * Counts of organisations (local groups, partner associations) are not counts of people: they
   * are published exact unless this is `true`.
   */
  suppressOrganisations: boolean;
}

/**
 * The thresholds of a privacy profile.
 *
 * Why: every aggregate of core goes through {@link suppressSmallCells}; this is where its defaults
 * come from. `public` (anything that leaves the organisation: reports, funders, open data) uses
 * k = 10; `internal` (staff-only outputs) uses the floor k = 5. Both use the 85 % dominance rule
 * and no rounding unless asked, at least 3 contributors behind every published sum, and leave
 * counts of organisations unsuppressed.
 *
 * @param profile - `"public"` (default) or `"internal"`
 * @returns `{ k, dominance, roundTo, minContributors, suppressOrganisations }`
 * @throws PrivacyError `privacy.bad_option` for an unknown profile
 * @example
 * privacyDefaults("public") // => { k: 10, dominance: 0.85, roundTo: null, minContributors: 3, suppressOrganisations: false }
 * privacyDefaults("internal").k // => 5
 */
export function privacyDefaults(profile: PrivacyProfile = PrivacyProfile.public): PrivacyDefaults {
  const common = { dominance: 0.85, roundTo: null, minContributors: 3, suppressOrganisations: false };
  if (profile === PrivacyProfile.public) return { k: 10, ...common };
  if (profile === PrivacyProfile.internal) return { k: K_FLOOR, ...common };
  throw new PrivacyError("privacy.bad_option", {
    function: "privacyDefaults",
    detail: `profile must be "public" or "internal" (got ${String(profile)})`,
  });
}
