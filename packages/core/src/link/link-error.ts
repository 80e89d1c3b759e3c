import type { Issue } from "../messages/issue.js";

/** Thrown by {@link linkRecords} when the records cannot be linked at all; carries the problems as issues. */
export class LinkError extends Error {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super(message);
    this.name = "LinkError";
    this.issues = issues;
  }
}
