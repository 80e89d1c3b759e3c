import { formatIssue, formatMessage, isMessageCode, type Lang } from "@solidata/core";
import { wordsOr } from "../locales/report-words.js";
import { type CliIssue, isCliCode, t } from "../messages.js";

/**
 * Words a problem met while building a report, whether its code belongs to core (ingest, clean,
 * privacy, analyses, indicators) or to the report itself (`report.*`). A canonical field named in
 * the problem is written as the report's word for it ("identifiant de la personne", not `person_id`).
 *
 * @param issue - the problem, as data
 * @param lang - `"fr"` or `"en"`
 * @returns one sentence in that language
 * @example
 * wordIssue({ code: "indicators.skipped.no_outcomes", severity: "info", params: { section: "outcomes" } }, "en")
 * // => "Outcomes section left out: no follow-up survey with baseline and follow-up scores"
 */
export function wordIssue(issue: CliIssue, lang: Lang): string {
  const params = { ...issue.params };
  if (typeof params.column === "string" && /^[a-z_]+$/.test(params.column)) {
    params.column = wordsOr(`field.${params.column}`, "field.other")[lang];
  }
  for (const key of ["section", "function"] as const) {
    const value = params[key];
    if (typeof value !== "string" || !/^[a-z]+$/.test(value)) continue;
    // a param is data: the code built from it is checked against the catalogue before it is worded
    const code = `indicators.section.${value}`;
    if (isMessageCode(code)) params[key] = formatMessage(code, lang);
  }
  const code = issue.code;
  if (isCliCode(code)) return t(lang, code, { ...(issue.line !== undefined ? { line: issue.line } : {}), ...params });
  return formatIssue({ ...issue, code, params }, lang);
}
