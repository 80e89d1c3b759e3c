import { K_FLOOR, privacyDefaults } from "./privacy-defaults.js";
import { PrivacyError } from "./privacy-error.js";
import { PrivacyProfile, type ProtectedFigure, SuppressionRule } from "./types.js";

/**
 * A part of a derived figure: its exact count, and the status it is published with (`"ok"` when
 * published; any other status means it is hidden in this output). A bare number is an exact count
 * not yet protected: the primary rule (1 to k − 1 hidden) is applied to it here.
 */
export type DerivedPart = number | { count: number | null; status?: string; published?: number | null };

/** Input of {@link protectDerived}. */
export interface ProtectDerivedInput {
  /**
   * The smaller part: successes, respondents, followed-up people, people in a share. Omit it for a
   * mean or median, whose only part is its base n.
   */
  numerator?: DerivedPart;
  /** The base: people asked, enrolled, in the group the mean is over. */
  denominator: DerivedPart;
  /**
   * The derived figures, all hidden together: `{ rate, lower, upper }`, `{ mean }`,
   * `{ attrition }`, `{ difference }`… Exact values, or computed from the published parts with `compute`.
   */
  values?: Record<string, number | null>;
  /**
   * Computes the derived figures from the published parts (perturbed or rounded counts), so a rate
   * agrees with the counts shown beside it and cannot give the exact counts back. Called only when
   * everything is published; the published numerator is null when there is none.
   */
  compute?: (numerator: number | null, denominator: number) => Record<string, number | null>;
  /** `"public"` (default, k = 10) or `"internal"` (k = 5). */
  profile?: PrivacyProfile;
  /** Threshold; default from the profile. Never below 5. */
  k?: number;
}

/** Output of {@link protectDerived}: the parts and the derived figures, each `{ value, status }`. */
export interface ProtectDerivedOutput {
  /** The numerator as it may be published (hidden too when the complement is small). */
  numerator: ProtectedFigure | null;
  denominator: ProtectedFigure;
  /** Each derived figure: published, or null with the rule (`small-base` or `derived`). */
  values: Record<string, ProtectedFigure>;
}

/**
 * Protects a rate, mean, share, attrition, response rate, difference or interval together with the
 * counts it is made of.
 *
 * Why: a derived figure gives its parts back. 80 % of 10 is 8 successes; an attrition of 4.4 % of
 * 45 is 2 people lost; enrolled 45 and followed-up 43 is the same 2. So the figures are hidden
 * (rule `small-base`) when the denominator is below k or hidden, and (rule `derived`) when the
 * numerator or the complement (denominator − numerator) is from 1 to k − 1 or hidden. When the
 * complement is small and both counts would be published, the numerator is hidden as well (rule
 * `derived`), so enrolled − followed-up never gives a small count: both counts are published only
 * when their difference is 0 or at least k, or one of them is hidden.
 *
 * @param input - numerator, denominator, values or compute, profile, k
 * @returns the parts and figures, each `{ value, status }`
 * @throws PrivacyError `privacy.k_below_floor` when k < 5, `privacy.bad_option` when neither values nor compute is given
 * @example
 * protectDerived({ numerator: 43, denominator: 45, values: { attrition: 2 / 45 } })
 * // => { numerator: { value: null, status: "derived" }, denominator: { value: 45, status: "ok" },
 * //      values: { attrition: { value: null, status: "derived" } } }
 * protectDerived({ numerator: 30, denominator: 45, values: { rate: 30 / 45 } }).values.rate // => { value: 0.6667, status: "ok" } (exact 30/45)
 */
export function protectDerived(input: ProtectDerivedInput): ProtectDerivedOutput {
  const fn = "protectDerived";
  const k = input.k ?? privacyDefaults(input.profile ?? PrivacyProfile.public).k;
  if (!Number.isInteger(k) || k < K_FLOOR)
    throw new PrivacyError("privacy.k_below_floor", { function: fn, floor: K_FLOOR, k });
  if (input.values === undefined && input.compute === undefined) {
    throw new PrivacyError("privacy.bad_option", { function: fn, detail: "give values or compute" });
  }
  const small = (n: number | null): boolean => n !== null && n > 0 && n < k;
  const den = part(input.denominator, k);
  const num = input.numerator === undefined ? null : part(input.numerator, k);
  let rule: SuppressionRule | null = null;
  if (den.count === null || den.count < k || den.status !== "ok") rule = SuppressionRule.smallBase;
  else if (num !== null) {
    const complement = num.count === null ? null : den.count - num.count;
    if (num.count === null || num.status !== "ok" || small(num.count) || small(complement))
      rule = SuppressionRule.derived;
    // both counts published with a small gap between them: hide the numerator too
    if (num.status === "ok" && small(complement)) num.status = SuppressionRule.derived;
  }
  const names = Object.keys(input.values ?? {});
  const values: Record<string, ProtectedFigure> = {};
  if (rule === null) {
    const computed = input.compute
      ? input.compute(num === null ? null : num.published, den.published as number)
      : (input.values ?? {});
    for (const [name, value] of Object.entries(computed)) values[name] = { value, status: "ok" };
  } else {
    for (const name of names) values[name] = { value: null, status: rule };
    if (names.length === 0 && input.compute) {
      // the names come from compute: call it on placeholders only to learn them
      for (const name of Object.keys(input.compute(num === null ? null : 1, 1)))
        values[name] = { value: null, status: rule };
    }
  }
  const figure = (p: Part): ProtectedFigure =>
    p.status === "ok" ? { value: p.published, status: "ok" } : { value: null, status: p.status as SuppressionRule };
  return { numerator: num === null ? null : figure(num), denominator: figure(den), values };
}

interface Part {
  count: number | null;
  published: number | null;
  status: string;
}

function part(input: DerivedPart, k: number): Part {
  if (typeof input === "number") {
    if (input > 0 && input < k) return { count: input, published: null, status: SuppressionRule.primary };
    return { count: input, published: input, status: "ok" };
  }
  const status = input.status ?? "ok";
  const published = input.published === undefined ? input.count : input.published;
  if (status === "ok" && input.count !== null && input.count > 0 && input.count < k) {
    return { count: input.count, published: null, status: SuppressionRule.primary };
  }
  return { count: input.count, published: status === "ok" ? published : null, status };
}
