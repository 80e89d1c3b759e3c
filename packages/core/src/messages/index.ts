export { catalogue, type MessageCode, type MessageTable } from "./catalogue.js";
export type { CodeTail } from "./code-tail.js";
export { formatIssue, formatMessage } from "./format-message.js";
export { isMessageCode } from "./is-message-code.js";
export { type Issue, Severity } from "./issue.js";
export { isLang, Lang } from "./lang.js";
export { SolidataError } from "./solidata-error.js";
