export { hxlOf, type PreparedTable, type PrepareOptions, prepareTable } from "./prepare-table.js";
