export { neutralizeCell } from "./neutralize-cell.js";
export { type CsvOptions, toCSV, toCSVChunks } from "./to-csv.js";
