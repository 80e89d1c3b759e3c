export { catalogue, type MessageTable } from "./catalogue.js";
export { formatIssue, formatMessage } from "./format-message.js";
export { type Issue, Severity } from "./issue.js";
export { isLang, Lang } from "./lang.js";
export { SolidataError } from "./solidata-error.js";
