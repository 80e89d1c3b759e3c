/** Privacy profiles: `public` for anything that leaves the organisation, `internal` for staff-only outputs. */
export const PrivacyProfile = { public: "public", internal: "internal" } as const;
export type PrivacyProfile = (typeof PrivacyProfile)[keyof typeof PrivacyProfile];

/** Why a cell was suppressed. */
export const SuppressionRule = {
  /** a person count below k */
  primary: "primary",
  /** suppressed so that a primary cell cannot be solved from totals */
  complementary: "complementary",
  /** a sum where one contributor holds more than the dominance share */
  dominance: "dominance",
  /** a percentage, mean or median whose base n is below k */
  smallBase: "small-base",
} as const;
export type SuppressionRule = (typeof SuppressionRule)[keyof typeof SuppressionRule];

/**
 * One suppressed cell. Suppressed cells hold `null` in the table; a status column
 * `<column>_status` holds the rule (or `"ok"`), so charts and tables can show "< k".
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
