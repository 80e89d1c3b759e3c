import type { Lang } from "@solidata/core";
import { withDisplay } from "../jupyter-display.js";
import { chartTheme } from "../theme.js";
import type { BaseChartOptions, ChartSpec, ChartTable } from "../types.js";
import { vizText } from "../viz-text.js";
import { formatNumber } from "./format.js";

/** The subtitle lines: the user's line, then "Source : … · n = …". */
function subtitleLines(options: BaseChartOptions, lang: Lang): string[] {
  const source = options.source ? vizText(lang, "source", { source: options.source }) : vizText(lang, "sourceUnknown");
  const n =
    options.n !== undefined && Number.isFinite(options.n)
      ? vizText(lang, "n", { n: formatNumber(options.n, lang, 0) })
      : vizText(lang, "nUnknown");
  const lines = [`${source} · ${n}`];
  if (options.subtitle) lines.unshift(options.subtitle);
  return lines;
}

/** Wraps a view (mark, encoding, layer, concat…) into a complete solidata spec. */
export function finalize(
  view: Record<string, unknown>,
  meta: { chart: string; title: string; description: string; table: ChartTable },
  options: BaseChartOptions,
): ChartSpec {
  const lang: Lang = options.lang ?? "fr";
  const description = options.description ?? meta.description;
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: meta.title, subtitle: subtitleLines(options, lang) },
    description,
    ...view,
    config: chartTheme(lang),
    usermeta: { solidata: { chart: meta.chart, lang, title: meta.title, description, table: meta.table } },
  };
  return withDisplay(spec as unknown as ChartSpec);
}
