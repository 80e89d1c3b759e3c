import type { Lang } from "@solidata/core";
import type { Config } from "vega-lite";
import { chartLocale } from "./locale.js";

/**
 * The categorical palette of every chart: Okabe and Ito's eight colours, told apart by people
 * with any common colour-vision deficiency.
 */
export const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Fill, outline and text colour of a suppressed cell's placeholder. */
export const suppressedStyle = { fill: "#d9d9d9", stroke: "#737373", text: "#404040", dash: [4, 3] } as const;

/** The sequential scheme of heatmaps and maps (single hue, safe for colour-blind readers). */
export const sequentialScheme = "blues";

/**
 * The solidata theme as a Vega-Lite `config`: palette, type sizes, margins and the language's
 * number and date formats.
 *
 * Why: one look for every chart, readable when printed in a report (labels at 12 px, titles at
 * 16 px), and numbers written the way the reader writes them.
 *
 * @param lang - `"fr"` (default) or `"en"`
 * @returns a Vega-Lite config object; put it in a spec's `config`
 * @throws never
 * @example
 * chartTheme("fr").locale?.number?.decimal // => ","
 */
export function chartTheme(lang: Lang = "fr"): Config {
  return {
    font: "Liberation Sans, Arial, Helvetica, sans-serif",
    padding: 16,
    background: "#ffffff",
    numberFormat: ",~f",
    timeFormat: lang === "en" ? "%d %b %Y" : "%d %b %Y",
    locale: chartLocale(lang) as Config["locale"],
    title: {
      anchor: "start",
      fontSize: 16,
      fontWeight: "bold",
      color: "#1a1a1a",
      subtitleFontSize: 12,
      subtitleColor: "#4d4d4d",
      subtitlePadding: 6,
      offset: 14,
    },
    axis: {
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: "normal",
      labelColor: "#333333",
      titleColor: "#333333",
      gridColor: "#e6e6e6",
      domainColor: "#888888",
      tickColor: "#888888",
      labelLimit: 180,
    },
    legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 180 },
    header: { labelFontSize: 12, titleFontSize: 12 },
    text: { fontSize: 11 },
    range: { category: palette },
    view: { stroke: null },
    bar: { color: palette[0] },
    line: { color: palette[0], strokeWidth: 2 },
    point: { color: palette[0] },
  };
}
