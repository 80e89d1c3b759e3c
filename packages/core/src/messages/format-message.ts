import { catalogue } from "./catalogue.js";
import type { Issue } from "./issue.js";
import type { Lang } from "./lang.js";

/**
 * Fills a message template of the catalogue with its parameters.
 *
 * @param code - a stable message code, e.g. `"ingest.ragged_row"`
 * @param lang - `"fr"` or `"en"`
 * @param params - values for the `{name}` placeholders
 * @returns the message, or the code itself when the catalogue has no such entry
 * @example
 * formatMessage("ingest.empty_file", "en", { file: "a.csv" }) // => "a.csv is empty: ..."
 */
export function formatMessage(
  code: string,
  lang: Lang,
  params: Record<string, string | number | undefined> = {},
): string {
  const template = catalogue[lang][code] ?? catalogue.en[code];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Words an {@link Issue} in the given language, using its line, column, value and params.
 *
 * @example
 * formatIssue({ code: "ingest.ragged_row", severity: "warning", line: 4, params: { found: 3, expected: 4 } }, "en")
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  return formatMessage(issue.code, lang, {
    line: issue.line,
    column: issue.column,
    value: issue.value,
    expected: issue.expected,
    ...issue.params,
  });
}
