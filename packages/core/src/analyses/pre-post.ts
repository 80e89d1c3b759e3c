import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { bootstrapInterval } from "../stats/bootstrap-interval.js";
import { pairedTTest } from "../stats/paired-t-test.js";
import { twoSampleTest } from "../stats/two-sample-test.js";
import { wilcoxonSignedRank } from "../stats/wilcoxon-signed-rank.js";
import { AnalysisError } from "./analysis-error.js";
import {
  assertNotIdentifier,
  type CommonOptions,
  columnOf,
  excludedWarning,
  numberOf,
  personKey,
  privacyParameters,
  protect,
  smallNWarnings,
} from "./shared.js";

/** What the measure is: a score (interval scale) or ordinal answers (a 1–5 scale). */
export const MeasureScale = { score: "score", ordinal: "ordinal" } as const;
export type MeasureScale = (typeof MeasureScale)[keyof typeof MeasureScale];

/** Options of {@link prePost}. */
export interface PrePostOptions extends CommonOptions {
  /** baseline column, default `"baseline_value"` */
  before?: string;
  /** follow-up column, default `"followup_value"` */
  after?: string;
  /** person identifier, default `"person_id"` */
  person?: string;
  /** `"score"` (default: paired t test, Cohen's d_z) or `"ordinal"` (Wilcoxon signed-rank, rank-biserial) */
  scale?: MeasureScale;
  /** arm column (e.g. `"arm"`): one row per arm and a comparison of the two arms' changes */
  arm?: string;
  /** keep only rows whose wave column equals this value */
  wave?: string;
  /** wave column, default `"followup_wave"` */
  waveColumn?: string;
  /** confidence level, default 0.95 */
  level?: number;
  /** bootstrap resamples for the intervals of the effect size, default 2000 */
  replicates?: number;
  /** bootstrap seed, default 1 (same seed, same intervals) */
  seed?: number;
}

/** Tables of {@link prePost}. */
export interface PrePostTables extends Record<string, ColumnTable> {
  /**
   * One row per arm then `"Total"` (or one row without arms): [`<arm>`], `enrolled` (people with a baseline),
   * `paired` (with both values), `attrition` (1 − paired / enrolled), `mean_before`, `mean_after`, `change`
   * (mean change for scores, median change for ordinal), `change_lower`, `change_upper` (t interval for scores,
   * bootstrap for ordinal), `test` ("paired-t" | "wilcoxon-signed-rank"), `statistic`, `p_value`, `effect`
   * ("cohens_dz" | "rank_biserial"), `effect_size`, `effect_lower`, `effect_upper` (percentile bootstrap), with statuses.
   * A p-value never appears without its effect size and n on the same row.
   */
  change: ColumnTable;
  /**
   * Present when `arm` has exactly two values: `arm_a`, `arm_b`, `n_a`, `n_b`, `difference` (mean change a − b),
   * `lower`, `upper` (Welch interval), `p_value` (Welch), `cohens_d`, `mann_whitney_p`, `rank_biserial`, with statuses.
   */
  arms: ColumnTable;
}

interface Pairs {
  key: string;
  enrolled: number;
  before: number[];
  after: number[];
}

function rankBiserialOf(diffs: number[]): number {
  const nz = diffs.filter((d) => d !== 0);
  if (nz.length === 0) return 0;
  return wilcoxonSignedRank(
    nz.map(() => 0),
    nz,
  ).rankBiserial;
}

/** A finite number or null: a refused bootstrap interval has NaN bounds (internal). */
function fin(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Before/after change on paired measures: the change, a paired test, an effect size with a bootstrap
 * interval, drop-out beside it, and a comparison of two arms when there is an arm column.
 *
 * Why: a change in a score is evidence only with its size, its uncertainty and the number of people
 * it rests on, and only if drop-out is in view: people who left may differ from those who answered.
 * Scores get a paired t test and Cohen's d_z; ordinal answers the Wilcoxon signed-rank test and the
 * matched-pairs rank-biserial correlation. Statistics need at least 2 pairs (else they are null).
 *
 * @param table - cleaned `outcomes` table (one row per person and wave) with `person_id`, `baseline_value`, `followup_value`
 * @param options - before, after, person, scale, arm, wave, waveColumn, level, replicates (≥ 100), seed, privacy, smallN
 * @returns a {@link Result} with `tables.change` and, with two arms, `tables.arms`; `n` = complete pairs
 * @throws AnalysisError `analyses.missing_column`, `analyses.bad_option` for an unknown scale,
 *   `analyses.identifier_breakdown` when `arm` names a column that identifies people
 * @example
 * prePost(outcomes, { arm: "arm", wave: "2m" }).tables.change.objects().at(-1)
 * // => { arm: "Total", enrolled: 100, paired: 97, change: -6.24, p_value: 3.9e-9, effect: "cohens_dz", effect_size: -0.66, ... }
 */
export function prePost(table: ColumnTable, options: PrePostOptions = {}): Result<PrePostTables> {
  const fn = "prePost";
  const scale = options.scale ?? "score";
  if (scale !== "score" && scale !== "ordinal") {
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "scale must be score or ordinal" });
  }
  const level = options.level ?? 0.95;
  const replicates = options.replicates ?? 2000;
  const seed = options.seed ?? 1;
  const beforeColumn = options.before ?? "baseline_value";
  const afterColumn = options.after ?? "followup_value";
  const personColumn = options.person ?? "person_id";
  const persons = columnOf(table, personColumn, fn);
  const befores = columnOf(table, beforeColumn, fn);
  const afters = columnOf(table, afterColumn, fn);
  if (options.arm !== undefined) assertNotIdentifier(options.arm, fn, personColumn);
  const arms = options.arm === undefined ? null : columnOf(table, options.arm, fn);
  const waves = options.wave === undefined ? null : columnOf(table, options.waveColumn ?? "followup_wave", fn);
  // one entry per person: baseline, follow-up of the chosen wave, arm
  const people = new Map<string, { arm: string | null; before: number | null; after: number | null }>();
  let noPerson = 0;
  for (let i = 0; i < table.numRows(); i++) {
    const who = personKey(persons[i]);
    if (who === null) {
      noPerson++;
      continue;
    }
    let entry = people.get(who);
    if (!entry) {
      const a = arms === null ? null : arms[i];
      entry = { arm: a === null || a === undefined ? null : String(a), before: null, after: null };
      people.set(who, entry);
    }
    const b = numberOf(befores[i]);
    if (b !== null) entry.before = b;
    if (waves !== null && String(waves[i] ?? "") !== options.wave) continue;
    const f = numberOf(afters[i]);
    if (f !== null) entry.after = f;
  }
  const groupKeys = arms === null ? [] : [...new Set([...people.values()].map((p) => p.arm ?? ""))].sort();
  const groups: Pairs[] = [...groupKeys, "Total"].map((key) => ({ key, enrolled: 0, before: [], after: [] }));
  const total = groups[groups.length - 1] as Pairs;
  for (const p of people.values()) {
    if (p.before === null) continue;
    const targets = arms === null ? [total] : [groups.find((g) => g.key === (p.arm ?? "")) as Pairs, total];
    for (const g of targets) {
      g.enrolled++;
      if (p.after !== null) {
        g.before.push(p.before);
        g.after.push(p.after);
      }
    }
  }
  const refusals: Issue[] = [];
  const rows = groups.map((g) => {
    const diffs = g.after.map((a, i) => a - (g.before[i] as number));
    const n = diffs.length;
    const base = {
      key: g.key,
      enrolled: g.enrolled,
      paired: n,
      attrition: g.enrolled > 0 ? 1 - n / g.enrolled : null,
      mean_before: n > 0 ? mean(g.before) : null,
      mean_after: n > 0 ? mean(g.after) : null,
      change: null as number | null,
      change_lower: null as number | null,
      change_upper: null as number | null,
      test: scale === "score" ? "paired-t" : "wilcoxon-signed-rank",
      statistic: null as number | null,
      p_value: null as number | null,
      effect: scale === "score" ? "cohens_dz" : "rank_biserial",
      effect_size: null as number | null,
      effect_lower: null as number | null,
      effect_upper: null as number | null,
    };
    if (n >= 2 && diffs.every((d) => d === diffs[0])) {
      // a change that does not vary has no test or interval: said, not left as NaN
      refusals.push({
        code: "analyses.constant_difference",
        severity: "warning",
        params: { measure: afterColumn, arm: g.key, wave: options.wave ?? "", n, value: diffs[0] as number },
      });
    }
    if (n < 2 || diffs.every((d) => d === diffs[0])) return { ...base, change: n > 0 ? mean(diffs) : null };
    const boot = { replicates, level, seed };
    if (scale === "score") {
      const t = pairedTTest(g.before, g.after, level);
      const dz = (xs: number[]): number => {
        const m = mean(xs);
        let ss = 0;
        for (const x of xs) ss += (x - m) * (x - m);
        return m / Math.sqrt(ss / (xs.length - 1));
      };
      const effect = bootstrapInterval(diffs, dz, boot);
      return {
        ...base,
        change: t.meanDifference,
        change_lower: t.lower,
        change_upper: t.upper,
        statistic: t.t,
        p_value: t.pValue,
        effect_size: effect.estimate,
        effect_lower: fin(effect.lower),
        effect_upper: fin(effect.upper),
      };
    }
    const w = wilcoxonSignedRank(g.before, g.after);
    const change = bootstrapInterval(diffs, median, boot);
    const effect = bootstrapInterval(diffs, rankBiserialOf, boot);
    return {
      ...base,
      change: change.estimate,
      change_lower: fin(change.lower),
      change_upper: fin(change.upper),
      statistic: w.statistic,
      p_value: w.pValue,
      effect_size: w.rankBiserial,
      effect_lower: effect.lower,
      effect_upper: effect.upper,
    };
  });
  const columns: Record<string, unknown[]> = {};
  if (options.arm !== undefined) columns[options.arm] = rows.map((r) => r.key);
  const names = Object.keys(rows[0] ?? {}).filter((k) => k !== "key") as (keyof (typeof rows)[number])[];
  for (const name of names) columns[name] = rows.map((r) => r[name]);
  const statistics = [
    "attrition",
    "mean_before",
    "mean_after",
    "change",
    "change_lower",
    "change_upper",
    "statistic",
    "p_value",
    "effect_size",
    "effect_lower",
    "effect_upper",
  ];
  const suppressed: SuppressedCell[] = [];
  const change = protect(
    makeTable(columns),
    {
      name: "change",
      counts: ["enrolled", "paired"],
      dimensions: options.arm === undefined ? [] : [options.arm],
      bases: Object.fromEntries(statistics.map((s) => [s, "paired"])),
    },
    options.privacy,
    suppressed,
  );
  const tables: Record<string, ColumnTable> = { change };
  if (groupKeys.length === 2) {
    const [a, b] = groups as [Pairs, Pairs];
    const ca = a.after.map((x, i) => x - (a.before[i] as number));
    const cb = b.after.map((x, i) => x - (b.before[i] as number));
    if (ca.length >= 2 && cb.length >= 2) {
      const t = twoSampleTest(ca, cb, level);
      const compared = protect(
        makeTable({
          arm_a: [a.key],
          arm_b: [b.key],
          n_a: [ca.length],
          n_b: [cb.length],
          n_min: [Math.min(ca.length, cb.length)],
          difference: [t.welch.difference],
          lower: [t.welch.lower],
          upper: [t.welch.upper],
          p_value: [t.welch.pValue],
          cohens_d: [t.cohensD],
          mann_whitney_p: [t.mannWhitney.pValue],
          rank_biserial: [t.mannWhitney.rankBiserial],
        }),
        {
          name: "arms",
          counts: ["n_a", "n_b"],
          bases: Object.fromEntries(
            ["difference", "lower", "upper", "p_value", "cohens_d", "mann_whitney_p", "rank_biserial"].map((s) => [
              s,
              "n_min",
            ]),
          ),
        },
        options.privacy,
        suppressed,
      );
      tables.arms = compared.select(compared.columnNames().filter((name) => name !== "n_min"));
    }
  }
  const warnings: Issue[] = [
    ...excludedWarning(noPerson, "person", fn),
    ...smallNWarnings(total.before.length, options.smallN ?? 30),
    ...refusals,
  ];
  const responseRate = total.enrolled > 0 ? total.before.length / total.enrolled : 0;
  if (responseRate < 0.7) {
    warnings.push({
      code: "analyses.low_response",
      severity: "warning",
      params: {
        rate: `${Math.round(responseRate * 100)} %`,
        missing: total.enrolled - total.before.length,
        enrolled: total.enrolled,
      },
    });
  }
  return {
    kind: "prePost",
    tables: tables as PrePostTables,
    n: total.before.length,
    unit: "person",
    method: scale === "score" ? "paired-t" : "wilcoxon-signed-rank",
    parameters: {
      before: beforeColumn,
      after: afterColumn,
      person: personColumn,
      scale,
      arm: options.arm ?? null,
      wave: options.wave ?? null,
      level,
      replicates,
      seed,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
