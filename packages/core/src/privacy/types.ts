/** Privacy profiles: `public` for anything that leaves the organisation, `internal` for staff-only outputs. */
export const PrivacyProfile = { public: "public", internal: "internal" } as const;
export type PrivacyProfile = (typeof PrivacyProfile)[keyof typeof PrivacyProfile];

/**
 * Why a cell was suppressed. Internal outputs may say it; public outputs never do (see
 * {@link PublicStatus}): naming the rule tells a reader which hidden cells are small.
 */
export const SuppressionRule = {
  /** a person count below k */
  primary: "primary",
  /** suppressed so that a primary cell cannot be solved from totals */
  complementary: "complementary",
  /** a sum where one contributor holds more than the dominance share */
  dominance: "dominance",
  /** a percentage, mean or median whose base n is below k */
  smallBase: "small-base",
  /** a rate, mean, share or difference hidden because one of its parts (or their complement) is hidden or small */
  derived: "derived",
  /** a sum with fewer distinct contributors than the minimum (3 by default) */
  minContributors: "min-contributors",
  /** a cell of a group whose people all share one value of the attribute (l-diversity below 2: 100 % / 0 %) */
  lDiversity: "l-diversity",
} as const;
export type SuppressionRule = (typeof SuppressionRule)[keyof typeof SuppressionRule];

/** Status of a cell in an internal output: published (`"ok"`) or the rule that hid it. */
export type InternalStatus = "ok" | SuppressionRule;

/**
 * Status of a cell in a public output: `"ok"` or `"suppressed"`, whatever the rule. One status,
 * one label ({@link PUBLIC_LABEL_CODE}) for every hidden cell, so a reader cannot tell a small
 * hidden cell from a large complementary one.
 */
export const PublicStatus = { ok: "ok", suppressed: "suppressed" } as const;
export type PublicStatus = (typeof PublicStatus)[keyof typeof PublicStatus];

/** Message code of the one label every hidden cell of a public output shows ("masqué" / "hidden"). */
export const PUBLIC_LABEL_CODE = "privacy.label.suppressed";

/**
 * One suppressed cell. Suppressed cells hold `null` in the table; a status column
 * `<column>_status` holds the rule (or `"ok"`), so charts and tables can show the hidden label.
 */
export interface SuppressedCell {
  /** Name of the result table the cell is in. */
  table: string;
  /** 0-based row index in that table. */
  row: number;
  column: string;
  rule: SuppressionRule;
  /** The threshold k that applied. */
  k: number;
}

/** A suppressed cell as a public output lists it: where it is, never why. */
export interface PublicSuppressedCell {
  table: string;
  row: number;
  column: string;
  status: typeof PublicStatus.suppressed;
}

/**
 * One published figure (a count, a sum, a rate…) with its status. `value` is `null` whenever the
 * status is not `"ok"`. `S` is {@link InternalStatus} in core and internal outputs,
 * {@link PublicStatus} once passed through `publicFigure`.
 */
export interface ProtectedFigure<S extends string = InternalStatus> {
  value: number | null;
  status: S;
}
