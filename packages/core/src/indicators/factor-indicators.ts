import type { ColumnTable } from "arquero";
import { type SuccessFactors, successFactors } from "../analyses/success-factors.js";
import type { SectionIndicators, TableCell } from "./types.js";

/** Options of {@link factorIndicators}. */
export interface FactorIndicatorOptions {
  /** the words of each factor column (its header as read), by column name */
  labels?: Readonly<Record<string, string>>;
  /** a score at or above this is a success (see `successFactors`) */
  threshold?: number;
}

/** The factors section: its published figures and tables, and the analysis they come from. */
export interface FactorSection extends SectionIndicators {
  analysis: SuccessFactors;
}

const ok = (value: TableCell["value"]): TableCell => ({ value, status: "ok" });
const num = (x: number | null | undefined): TableCell =>
  ok(x === null || x === undefined || !Number.isFinite(x) ? null : x);
const interval = (low: number | null, high: number | null): TableCell =>
  ok(low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high) ? null : [low, high]);

/**
 * Every number the factors section publishes, from a clean `projects` table: how many projects
 * and how many succeeded, the success rate with and without each factor (table `factors-rates`), the
 * penalised regression's odds ratios ranked by strength of evidence (table `factors-model`) and the
 * number of projects a firmer answer would need. Projects are not people: counts are published as
 * they are.
 *
 * @param projects - a clean `projects` table (outcome or score, factor columns)
 * @param options - factor labels (headers as read), score threshold
 * @returns figures `factors.projects`, `factors.success_rate`, `factors.needed`, `factors.top_odds_ratio`; tables `factors-rates`, `factors-model`
 * @throws RangeError when the table has neither an outcome nor a score that can be read
 * @example
 * factorIndicators(projects).tables.map((t) => t.id) // => ["factors-rates", "factors-model"]
 */
export function factorIndicators(projects: ColumnTable, options: FactorIndicatorOptions = {}): FactorSection {
  const analysis = successFactors(projects, {
    ...(options.labels ? { labels: options.labels } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const group = { nStatus: "ok" as const, unit: "group" as const, status: "ok" as const };
  const top = analysis.factors.find((f) => f.rank === 1);
  const levelOf = (f: SuccessFactors["factors"][number]): TableCell =>
    ok(f.kind === "category" ? `${f.level} / ${f.reference}` : null);
  const byRank = [...analysis.factors].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return {
    id: "factors",
    figures: [
      {
        id: "factors.projects",
        value: analysis.projects,
        format: "count",
        n: analysis.projects,
        method: "count",
        ...group,
      },
      {
        id: "factors.success_rate",
        value: analysis.projects > 0 ? analysis.successes / analysis.projects : null,
        format: "percent",
        n: analysis.projects,
        method: "share",
        ...group,
      },
      {
        id: "factors.needed",
        value: Number.isFinite(analysis.needed) ? analysis.needed : null,
        format: "count",
        n: analysis.projects,
        method: "events-per-variable-10",
        ...group,
      },
      ...(top && top.oddsRatio !== null
        ? [
            {
              id: "factors.top_odds_ratio",
              value: top.oddsRatio,
              format: "decimal" as const,
              n: analysis.modelled,
              method: "firth-logistic",
              ...group,
            },
          ]
        : []),
    ],
    series: [],
    tables: [
      {
        id: "factors-rates",
        columns: [
          { name: "factor", format: "text" },
          { name: "level", format: "text" },
          { name: "with_n", format: "count" },
          { name: "with_rate", format: "percent" },
          { name: "with_ci", format: "percent", interval: true },
          { name: "without_n", format: "count" },
          { name: "without_rate", format: "percent" },
          { name: "without_ci", format: "percent", interval: true },
        ],
        rows: analysis.factors.map((f) => [
          ok(f.label),
          levelOf(f),
          num(f.with.n),
          num(f.with.estimate),
          interval(f.with.lower, f.with.upper),
          num(f.without.n),
          num(f.without.estimate),
          interval(f.without.lower, f.without.upper),
        ]),
      },
      ...(analysis.factors.some((f) => f.oddsRatio !== null)
        ? [
            {
              id: "factors-model",
              columns: [
                { name: "rank", format: "count" as const },
                { name: "factor", format: "text" as const },
                { name: "level", format: "text" as const },
                { name: "odds_ratio", format: "decimal" as const },
                { name: "odds_ci", format: "decimal" as const, interval: true },
                { name: "p_value", format: "pvalue" as const },
                { name: "adjusted_p", format: "pvalue" as const },
              ],
              rows: byRank.map((f) => [
                num(f.rank),
                ok(f.label),
                levelOf(f),
                num(f.oddsRatio),
                interval(f.lower, f.upper),
                num(f.pValue),
                num(f.adjusted),
              ]),
            },
          ]
        : []),
    ],
    suppressed: [],
    warnings: [],
    methods: [{ code: "indicators.method.factors", severity: "info" }],
    analysis,
  };
}
