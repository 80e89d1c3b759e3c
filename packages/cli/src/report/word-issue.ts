import { formatIssue, type Issue, type Lang } from "@solidata/core";
import { cliMessages, t } from "../messages.js";

/**
 * Words a problem met while building a report, whether its code belongs to core (ingest, clean,
 * privacy, analyses) or to the report itself (`report.*`).
 *
 * @param issue - the problem, as data
 * @param lang - `"fr"` or `"en"`
 * @returns one sentence in that language
 * @example
 * wordIssue({ code: "report.section_skipped", severity: "info", params: { section: "outcomes", reason: "no file" } }, "en")
 * // => "section outcomes left out: no file"
 */
export function wordIssue(issue: Issue, lang: Lang): string {
  if (issue.code in cliMessages.en) {
    return t(lang, issue.code, { ...(issue.line !== undefined ? { line: issue.line } : {}), ...issue.params });
  }
  return formatIssue(issue, lang);
}
