import type { Issue } from "../messages/issue.js";
import { SolidataError } from "../messages/solidata-error.js";

/** Thrown by the cleaning functions when the input cannot be cleaned at all; carries the problems as issues. */
export class CleanError extends SolidataError {
  constructor(message: string, issues: Issue[]) {
    super(issues, `${message} [${issues.map((i) => i.code).join(", ")}]`);
    this.name = "CleanError";
  }
}
