import { formatIssue } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";
import { SolidataError } from "../messages/solidata-error.js";

/**
 * Thrown when the input cannot be used at all (empty, binary, unterminated quote, unreadable
 * workbook, missing file). It carries the problem as an {@link Issue} so the caller can word it
 * in French or English with `formatIssue`.
 *
 * @example
 * try { fromCSV("") } catch (e) { (e as IngestError).issue.code } // => "ingest.empty_file"
 */
export class IngestError extends SolidataError {
  /** The problem, with its stable code and where it applies (`params.file`, line, column). */
  readonly issue: Issue;
  /** Name of the file, when known. */
  readonly file: string | undefined;
  constructor(issue: Issue, message?: string) {
    super(issue, message ?? describe(issue));
    this.name = "IngestError";
    this.issue = issue;
    this.file = typeof issue.params?.file === "string" ? issue.params.file : undefined;
  }
}

/** The English sentence of the problem, then its code and place: "… [ingest.unterminated_quote (line 2, column 1)]". */
function describe(issue: Issue): string {
  const where = [issue.line === undefined ? "" : `line ${issue.line}`, issue.column ? `column ${issue.column}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${formatIssue(issue, "en")} [${issue.code}${where ? ` (${where})` : ""}]`;
}
