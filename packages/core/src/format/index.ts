export { neutralizeCell } from "./neutralize-cell.js";
export { type CsvOptions, toCSV, toCSVChunks } from "./to-csv.js";
export { toXLSX, XLSX_MAX_ROWS, type XlsxSheet } from "./to-xlsx.js";
