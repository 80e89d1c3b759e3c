/**
 * Node-only helpers of @solidata/core (file system): loaders for CSV files and workbooks.
 * @packageDocumentation
 */
export * from "./ingest/node.js";
export * from "./pipeline/node.js";
export * from "./privacy/node.js";
