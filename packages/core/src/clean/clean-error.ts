import type { Issue } from "../messages/issue.js";

/** Thrown by the cleaning functions when the input cannot be cleaned at all; carries the problems as issues. */
export class CleanError extends Error {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super(message);
    this.name = "CleanError";
    this.issues = issues;
  }
}
