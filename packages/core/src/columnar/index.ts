export { CodedColumn, valuesOf } from "./coded-column.js";
export { type DistinctRowsOptions, distinctRows } from "./distinct-rows.js";
export { encodeColumn } from "./encode-column.js";
export { type EncodedColumn, isPresent } from "./encoded-column.js";
export { type GroupRollupOptions, groupRollup, type RollupAggregate } from "./group-rollup.js";
export { recodeColumn } from "./recode-column.js";
export { yearMonth } from "./year-month.js";
