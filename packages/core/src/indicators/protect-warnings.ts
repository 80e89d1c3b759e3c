import type { MessageCode } from "../locales/en.js";
import type { Issue } from "../messages/issue.js";
import type { Result } from "../result.js";

/** Parameters of analysis warnings that hold a count of people or rows. */
const COUNT_PARAMS = ["n", "count", "missing", "enrolled"] as const;

/** The codes of analyses saying rows were left out (every one the catalogue has). */
type RowsExcludedCode = Extract<MessageCode, `analyses.rows_excluded_${string}`>;

/** The code a published warning uses for each: a new `analyses.rows_excluded_*` code does not compile until it has one. */
const ROWS_EXCLUDED: Record<RowsExcludedCode, MessageCode> = {
  "analyses.rows_excluded_date": "indicators.rows_excluded_date",
  "analyses.rows_excluded_person": "indicators.rows_excluded_person",
  "analyses.rows_excluded_value": "indicators.rows_excluded_value",
};

function isRowsExcluded(code: MessageCode): code is RowsExcludedCode {
  return Object.hasOwn(ROWS_EXCLUDED, code);
}

/**
 * Makes the warnings of analyses safe to publish: a warning never carries a raw count. A small-sample
 * warning keeps its threshold only (`indicators.small_sample`); any other count below k is replaced by
 * `indicators.few_rows`-style wording (`< k`), and the original value of a cell is dropped. The same
 * warning given by several analyses of one table is said once.
 *
 * @param results - the analyses' results (or plain issues)
 * @param k - the threshold of the report
 * @param section - the section the warnings belong to (said in the small-sample warning)
 * @returns the warnings to publish
 * @example
 * protectWarnings([{ code: "analyses.small_n", severity: "warning", params: { n: 4, threshold: 30 } }], 10, "outcomes")
 * // => [{ code: "indicators.small_sample", severity: "warning", params: { threshold: 30, section: "outcomes" } }]
 */
export function protectWarnings(results: readonly (Result | Issue)[], k: number, section: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  const issues = results.flatMap((r) => ("warnings" in r ? r.warnings : [r]));
  for (const { value: _value, ...w } of issues) {
    if (w.code === "analyses.valuation_method") continue;
    const { function: _fn, ...params } = w.params ?? {};
    let issue: Issue;
    if (w.code === "analyses.small_n") {
      issue = {
        code: "indicators.small_sample",
        severity: "warning",
        params: { threshold: params.threshold ?? 30, section },
      };
    } else if (isRowsExcluded(w.code)) {
      const count =
        typeof params.count === "number" && params.count > 0 && params.count < k ? `< ${k}` : (params.count ?? 0);
      issue = { code: ROWS_EXCLUDED[w.code], severity: w.severity, params: { count, section } };
    } else {
      const safe: Record<string, string | number> = {};
      for (const [key, v] of Object.entries(params)) {
        const small = (COUNT_PARAMS as readonly string[]).includes(key) && typeof v === "number" && v > 0 && v < k;
        safe[key] = small ? `< ${k}` : (v as string | number);
      }
      // the function's name is not for the reader: the section says where the warning comes from
      issue = { ...w, params: { ...safe, ...("function" in (w.params ?? {}) ? { function: section } : {}) } };
    }
    const key = `${issue.code}:${JSON.stringify(issue.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
