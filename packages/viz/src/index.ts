/**
 * @solidata/viz: Vega-Lite charts for solidata results: accessible, bilingual, honest about small
 * numbers.
 * @packageDocumentation
 */
export { type BarChartOptions, barChart } from "./bar-chart.js";
export { escapeXml } from "./escape-xml.js";
export { chartLocale, type NumberLocale, type TimeLocale } from "./locale.js";
export { type VizMessage, vizMessages, vizText } from "./messages.js";
export { chartTheme, palette, sequentialScheme, suppressedStyle } from "./theme.js";
export { toSVG } from "./to-svg.js";
export type {
  BaseChartOptions,
  ChartData,
  ChartMeta,
  ChartSpec,
  ChartTable,
  ColumnKind,
  TableColumn,
  TableLike,
} from "./types.js";
