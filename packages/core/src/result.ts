import type { ColumnTable } from "arquero";
import type { Issue } from "./messages/issue.js";
import type { SuppressedCell } from "./privacy/types.js";

/**
 * What every analysis returns: tables ready for `@solidata/viz` plus what a reader needs
 * to trust them.
 */
export interface Result<T extends Record<string, ColumnTable> = Record<string, ColumnTable>> {
  /** Stable name of the analysis, e.g. `"volunteerActivity"`. */
  kind: string;
  /** The result tables, already protected by small-cell suppression. */
  tables: T;
  /** Number of distinct people (or records, see `unit`) the result rests on. */
  n: number;
  /** What `n` counts: `"person"`, `"record"`, `"group"`. */
  unit: string;
  /** Short method identifier, e.g. `"kaplan-meier"`, `"wilson"`. */
  method: string;
  /** The parameters the analysis ran with, defaults included. */
  parameters: Record<string, unknown>;
  /** Warnings as data: small n, missing columns, what cannot be concluded. */
  warnings: Issue[];
  /** Every suppressed cell of every table, with the rule that suppressed it. */
  suppressed: SuppressedCell[];
}
