/**
 * @solidata/viz: Vega-Lite charts for solidata results: accessible, bilingual, honest about small
 * numbers.
 * @packageDocumentation
 */
export { type BarChartOptions, barChart } from "./bar-chart.js";
export { type BoxPlotOptions, boxPlot } from "./box-plot.js";
export { type BulletChartOptions, bulletChart } from "./bullet-chart.js";
export { type ChartResultOptions, chartResult } from "./chart-result.js";
export { escapeXml } from "./escape-xml.js";
export { type FranceMapOptions, franceMap } from "./france-map.js";
export type { Feature, FeatureCollection } from "./geometry/feature-collection.js";
export { type HeatmapChartOptions, heatmapChart } from "./heatmap-chart.js";
export { type HistogramChartOptions, histogramChart } from "./histogram-chart.js";
export { jupyterDisplay, type MimeBundle, toMimeBundle, withDisplay } from "./jupyter-display.js";
export { type LineChartOptions, lineChart } from "./line-chart.js";
export { chartLocale, type NumberLocale, type TimeLocale } from "./locale.js";
export { type ProgressChartOptions, progressChart } from "./progress-chart.js";
export { type RateChartOptions, rateChart } from "./rate-chart.js";
export { type SmallMultiplesOptions, smallMultiples } from "./small-multiples.js";
export { type SurvivalChartOptions, survivalChart } from "./survival-chart.js";
export { chartTheme, palette, sequentialScheme, suppressedStyle } from "./theme.js";
export { type AccessibleTable, toAccessibleTable } from "./to-accessible-table.js";
export { toHTMLTable } from "./to-html-table.js";
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
export { type VizCode, type VizMessage, vizMessages, vizText } from "./viz-text.js";
export { type WorldMapOptions, worldMap } from "./world-map.js";
