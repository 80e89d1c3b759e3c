import type { Issue, Lang } from "@solidata/core";
import { formatIssue } from "@solidata/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { t } from "../messages.js";

/**
 * The error a command stops with when core's workbook reader did not know which sheet to read: a
 * workbook with several sheets of data and no `--sheet` (`ingest.sheet_ambiguous`), worded with the
 * option to pass and the sheets by position and name (hidden ones by their position only), or a
 * `--sheet` the workbook does not have (`ingest.sheet_not_found`). Both are usage errors (exit 2): the
 * file is fine, the command line must say more.
 *
 * Why: `clean`, `report`, `link`, `labels` and `privacy-check` read workbooks the same way and must
 * refuse the same way, before writing anything.
 *
 * @param issue - the issue of core's `IngestError`
 * @param lang - language of the message
 * @param code - the CLI code that words an ambiguous sheet (`report` also names its configuration)
 * @returns the error to throw, or `undefined` when the issue is about something else
 * @example
 * sheetChoiceError({ code: "ingest.sheet_ambiguous", severity: "error", params: { file: "a.xlsx", count: 2, sheets: '1 "2024", 2 "2025"' } }, "en")?.exitCode
 * // => 2
 */
export function sheetChoiceError(
  issue: Issue<string>,
  lang: Lang,
  code: "cli.sheet_ambiguous" | "report.sheet_ambiguous" = "cli.sheet_ambiguous",
): CliError | undefined {
  if (issue.code === "ingest.sheet_ambiguous") {
    const params = issue.params ?? {};
    return new CliError(
      t(lang, code, {
        file: String(params.file ?? ""),
        count: String(params.count ?? ""),
        sheets: String(params.sheets ?? ""),
      }),
      ExitCode.usage,
    );
  }
  if (issue.code === "ingest.sheet_not_found")
    return new CliError(formatIssue({ ...issue, code: "ingest.sheet_not_found" }, lang), ExitCode.usage);
  return undefined;
}
