import type { MessageCode } from "../locales/en.js";

/** How serious a problem found in the data is. */
export const Severity = { error: "error", warning: "warning", info: "info" } as const;
/** `error`: the row or file cannot be used as is; `warning`: usable with a caveat; `info`: a decision worth knowing. */
export type Severity = (typeof Severity)[keyof typeof Severity];

/**
 * A problem or decision, returned as data. Wording lives in the message catalogues
 * (see {@link formatIssue}); `code` is stable across versions.
 */
export interface Issue<Code extends string = MessageCode> {
  /** Stable code, e.g. `"ingest.ragged_row"`. */
  code: Code;
  severity: Severity;
  /** 1-based physical line in the source file, when it applies. */
  line?: number;
  /** Column name (or 1-based index as text when there is no name). */
  column?: string;
  /** The original value, as read. */
  value?: string;
  /** What was expected instead. */
  expected?: string;
  /** Extra values interpolated into the message: `{name}` in a template. */
  params?: Record<string, string | number>;
}
