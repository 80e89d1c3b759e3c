import type { CodeTail, IndicatorProgress, Lang } from "@solidata/core";
import { bulletChart } from "@solidata/viz";
import type { ReportCode } from "../locales/report-en.js";
import { words } from "../locales/report-words.js";
import { formatValue } from "./format-value.js";
import type { Cell, Chart, DataTable, Figure, LocalText, Section } from "./model.js";

/** An indicator of the logframe as the report shows it: its standing, words for its status. */
export interface IndicatorRow extends IndicatorProgress {
  statusLabel: LocalText;
}

const both = (f: (lang: Lang) => string): LocalText => ({ fr: f("fr"), en: f("en") });

function bullet(item: IndicatorProgress, k: number): Chart {
  const id = `indicator-${item.id.replace(/[^A-Za-z0-9-]+/g, "-")}`;
  const title = item.label;
  const percent = item.format === "percent";
  const row = {
    indicator: "",
    value: item.value,
    value_status: item.status === "hidden" ? "suppressed" : "ok",
    baseline: item.baseline,
    target: item.target,
    milestone: item.milestone?.value ?? null,
  };
  const spec = (lang: Lang): Record<string, unknown> =>
    bulletChart([{ ...row, indicator: item.label[lang] }], {
      lang,
      format: percent ? "percent" : "number",
      title: item.label[lang],
      source: words("source.indicators")[lang],
      ...(item.n !== null ? { n: item.n } : {}),
    }) as unknown as Record<string, unknown>;
  const fr = spec("fr");
  const en = spec("en");
  const alt = both((lang) => String((lang === "fr" ? fr : en).description ?? ""));
  return {
    id,
    title,
    alt,
    spec: { fr, en },
    table: progressTable([item], k, id, title),
  };
}

function progressTable(items: readonly IndicatorProgress[], k: number, id: string, caption: LocalText): DataTable {
  const shown = (item: IndicatorProgress, v: number | null): Cell =>
    item.status === "hidden"
      ? { value: null, status: "suppressed", k }
      : { value: v === null ? null : both((lang) => formatValue(v, item.format, lang)) };
  const column = (name: CodeTail<ReportCode, "column.indicators.">) => ({
    name,
    label: words(`column.indicators.${name}`),
    format: "text" as const,
  });
  return {
    id,
    caption,
    columns: [
      column("indicator"),
      column("value"),
      column("baseline"),
      column("target"),
      column("milestone"),
      { ...column("progress"), format: "percent" },
      column("status"),
    ],
    rows: items.map((item) => [
      { value: item.label },
      shown(item, item.value),
      { value: both((lang) => formatValue(item.baseline, item.format, lang)) },
      { value: both((lang) => formatValue(item.target, item.format, lang)) },
      {
        value: item.milestone
          ? both((lang) => `${formatValue(item.milestone?.value ?? 0, item.format, lang)} (${item.milestone?.date})`)
          : null,
      },
      item.status === "hidden" ? { value: null, status: "suppressed", k } : { value: item.progress },
      { value: words(`indicators.status.${item.status}`) },
    ]),
  };
}

/**
 * The report's `indicators` section: the logframe of the configuration, per indicator its value (a
 * figure of the report), baseline, target, progress and status in a table, and a bullet chart. It
 * computes nothing: the standings come from core's `indicatorProgress`. An indicator whose figure is
 * hidden shows no value and no progress (internal).
 *
 * @param items - the standings, in the configuration's order
 * @param k - the privacy threshold, written in "< k"
 * @returns the section; its `targets` hold the standings for report.json
 */
export function indicatorsSection(
  items: readonly IndicatorProgress[],
  k: number,
): Section & { targets: IndicatorRow[] } {
  const figures: Figure[] = items.map((item) => ({
    id: `indicators.${item.id}`,
    label: item.label,
    value: item.status === "hidden" ? null : item.progress,
    format: "percent",
    n: item.n,
    unit: item.unit,
    method: "progress",
    status: item.status === "hidden" ? "suppressed" : "ok",
    ...(item.status === "hidden" ? { k } : {}),
    note: words(`indicators.status.${item.status}`),
  }));
  const charts: Chart[] = [];
  for (const item of items) if (item.status !== "missing") charts.push(bullet(item, k));
  return {
    id: "indicators",
    title: words("section.indicators.title"),
    paragraphs: [words("section.indicators.intro"), words("section.indicators.rule")],
    figures,
    charts,
    tables: [progressTable(items, k, "indicators-progress", words("table.indicators-progress.caption"))],
    targets: items.map((item) => ({
      ...item,
      ...(item.status === "hidden" ? { value: null, progress: null } : {}),
      statusLabel: words(`indicators.status.${item.status}`),
    })),
  };
}
