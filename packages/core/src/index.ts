/**
 * @solidata/core: read, clean, protect and analyse the spreadsheets an association already has.
 * Runs in Node, Deno and browsers; file-system helpers are in `@solidata/core/node`.
 * @packageDocumentation
 */
export * from "./analyses/index.js";
export * from "./clean/index.js";
export * from "./columnar/index.js";
export * from "./files/index.js";
export * from "./format/index.js";
export * from "./geo/index.js";
export * from "./indicators/index.js";
export * from "./ingest/index.js";
export * from "./link/index.js";
export * from "./messages/index.js";
export * from "./pipeline/index.js";
export * from "./privacy/index.js";
export type { SuppressedCell } from "./privacy/types.js";
export { PrivacyProfile, SuppressionRule } from "./privacy/types.js";
export type { Result } from "./result.js";
export * from "./stats/index.js";
