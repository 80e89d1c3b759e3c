import type { Issue } from "../messages/issue.js";
import { SolidataError } from "../messages/solidata-error.js";

/** Thrown by {@link linkRecords} when the records cannot be linked at all; carries the problems as issues. */
export class LinkError extends SolidataError {
  constructor(message: string, issues: Issue[]) {
    super(issues, `${message} [${issues.map((i) => i.code).join(", ")}]`);
    this.name = "LinkError";
  }
}
