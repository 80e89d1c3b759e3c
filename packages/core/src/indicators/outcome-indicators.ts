import type { ColumnTable } from "arquero";
import { attritionByWave } from "../analyses/attrition-by-wave.js";
import { outcomeChange } from "../analyses/outcome-change.js";
import { positiveExits } from "../analyses/positive-exits.js";
import { readColumn } from "../columnar/read-column.js";
import type { Result } from "../result.js";
import { newcombeInterval } from "../stats/newcombe-interval.js";
import { wilsonInterval } from "../stats/wilson-interval.js";
import { protectBase } from "./protect-base.js";
import { protectWarnings } from "./protect-warnings.js";
import { figureFrom, has, type IndicatorPrivacy, personKey, perturbedByKey } from "./shared.js";
import { tableFrom } from "./table-from.js";
import type { IndicatorTable, SectionIndicators, SeriesPoint, TableCell } from "./types.js";

/** Options of {@link outcomeIndicators}. */
export interface OutcomeIndicatorOptions {
  privacy: IndicatorPrivacy;
  /** The programme arm of the headline; default the arm not named like a control. */
  programmeArm?: string;
  /** The headline horizon in months (default 12). */
  mainMonths?: number;
  /** Months of each wave label, when the dates cannot tell. */
  waveMonths?: Record<string, number>;
  /** Positive exit categories: id → words naming it; default job, training, housing. */
  exitCategories?: Record<string, readonly string[]>;
}

const hidden = (status: TableCell["status"] = "complementary"): TableCell => ({ value: null, status });

/** Index of a column in a published table (internal). */
const at = (table: IndicatorTable, name: string): number => table.columns.findIndex((c) => c.name === name);

/**
 * Hides a followed-up count (and what derives from it) when the people enrolled minus the people
 * followed up is a small count: enrolled − followed up is a count of people too (internal).
 */
function protectDropouts(
  table: IndicatorTable,
  enrolled: string,
  followed: string,
  derived: string[],
  k: number,
): void {
  const e = at(table, enrolled);
  const f = at(table, followed);
  if (e < 0 || f < 0) return;
  for (const row of table.rows) {
    const a = row[e]?.value;
    const b = row[f]?.value;
    if (row[f]?.status !== "ok") {
      // a figure derived from a hidden count is hidden with it
      for (const name of derived) {
        const i = at(table, name);
        if (i >= 0 && row[i]?.status === "ok") row[i] = hidden("derived");
      }
      continue;
    }
    if (typeof a !== "number" || typeof b !== "number") continue;
    const gap = a - b;
    if (gap > 0 && gap < k) {
      row[f] = hidden();
      for (const name of derived) {
        const i = at(table, name);
        if (i >= 0) row[i] = hidden("small-base");
      }
    }
  }
}

/**
 * The counts of people of a follow-up table (enrolled, followed up) perturbed by the cell-key method
 * from the cell keys of its source rows (same order), and the missing share (and its Wilson interval)
 * recomputed from the published counts, so that a rate × its base or enrolled − followed up gives
 * back only published values (internal).
 */
function perturbFollowUp(
  table: IndicatorTable,
  source: ColumnTable | undefined,
  counts: readonly (readonly [string, string])[],
  privacy: IndicatorPrivacy,
  share?: string,
  interval?: string,
  /** `"gap"`: the share is (first − second) / first (people missing); `"second"`: second / first (a rate) */
  shareOf: "gap" | "second" = "gap",
): void {
  if (!privacy.cellKeys || !source) return;
  const rows = source.objects() as Record<string, unknown>[];
  table.rows.forEach((row, i) => {
    const r = rows[i] as Record<string, unknown>;
    for (const [name, key] of counts) {
      const c = at(table, name);
      const cell = row[c];
      if (c < 0 || cell?.status !== "ok" || typeof cell.value !== "number") continue;
      row[c] = { value: perturbedByKey(cell.value, r[key], privacy), status: "ok" };
    }
    const e = row[at(table, counts[0]?.[0] ?? "")]?.value;
    const f = row[at(table, counts[1]?.[0] ?? "")]?.value;
    const fits = typeof e === "number" && typeof f === "number" && e > 0 && f >= 0 && f <= e;
    for (const [name, kind] of [
      [share, "share"],
      [interval, "interval"],
    ] as const) {
      const c = name === undefined ? -1 : at(table, name);
      if (c < 0 || row[c]?.status !== "ok") continue;
      if (!fits) {
        row[c] = hidden("derived");
        continue;
      }
      const part = shareOf === "gap" ? e - f : f;
      const w = wilsonInterval(part, e);
      row[c] = { value: kind === "share" ? part / e : [w.lower, w.upper], status: "ok" };
    }
  });
}

/** The published value of a count of a table, by measure, arm and horizon (internal). */
function publishedBy(table: IndicatorTable, count: string): Map<string, TableCell> {
  const out = new Map<string, TableCell>();
  for (const row of table.rows) {
    const key = `${row[at(table, "measure")]?.value}|${row[at(table, "arm")]?.value}|${row[at(table, "horizon_months")]?.value}`;
    out.set(key, row[at(table, count)] as TableCell);
  }
  return out;
}

/**
 * Every number the outcomes section publishes, per measure, arm and follow-up horizon (never a pool of
 * arms): the headline (programme arm at the main horizon, the control arm beside it and the difference
 * between them), the change per arm and wave (n, mean change and 95 % interval, d_z, p-value), the
 * difference between arms per wave (Welch, Cohen's d), attrition per wave, and positive exits (job,
 * training, housing) per arm and wave with Wilson intervals and the Newcombe interval of the difference.
 *
 * Counts that would give a hidden count back by subtraction are hidden with it: the people followed up
 * when fewer than k dropped out; an arm's n in a comparison when it is hidden in its own row.
 *
 * @param outcomes - a clean `outcomes` table (person_id, measure, baseline_value, followup_value, followup_wave, arm…)
 * @param options - privacy, programme arm, main horizon, exit categories
 * @returns figures `outcomes.change` (programme arm at the main horizon, first measure),
 *   `outcomes.control_change`, `outcomes.difference`, `outcomes.positive_exits`; tables `outcomes-headline`,
 *   `outcomes-change`, `outcomes-arms`, `outcomes-attrition`, `outcomes-exits`, `outcomes-exits-difference`
 * @example
 * outcomeIndicators(outcomes, { privacy: { profile: "public", k: 10 } }).tables[0].id // => "outcomes-headline"
 */
export function outcomeIndicators(outcomes: ColumnTable | null, options: OutcomeIndicatorOptions): SectionIndicators {
  const { privacy } = options;
  const out: SectionIndicators = {
    id: "outcomes",
    figures: [],
    series: [],
    tables: [],
    suppressed: [],
    warnings: [],
    methods: [],
  };
  if (!has(outcomes, "person_id") || !has(outcomes, "baseline_value") || !has(outcomes, "followup_value")) return out;
  // a reshaped wide survey writes each wave's months ("2m" → 2) in followup_order
  let waveMonths = options.waveMonths;
  if (waveMonths === undefined && has(outcomes, "followup_order") && has(outcomes, "followup_wave")) {
    const waves = readColumn(outcomes, "followup_wave");
    const orders = readColumn(outcomes, "followup_order");
    const months: Record<string, number> = {};
    for (let i = 0; i < waves.length; i++) {
      const o = orders[i];
      if (waves[i] !== null && waves[i] !== undefined && typeof o === "number" && Number.isFinite(o))
        months[String(waves[i])] = o;
    }
    if (Object.keys(months).length > 0) waveMonths = months;
  }
  const common = {
    privacy,
    ...(options.programmeArm ? { programmeArm: options.programmeArm } : {}),
    ...(waveMonths ? { waveMonths } : {}),
    // with cell keys, the analyses give the cell key of each count of people
    ...(privacy.cellKeys ? { recordKey: (id: string) => personKey(privacy, id) } : {}),
  };
  // a reshaped wide survey says each measure's direction (BDI: lower is better); the known scales otherwise
  const direction: Record<string, "higher" | "lower"> = {};
  if (has(outcomes, "direction") && has(outcomes, "measure")) {
    const measures = readColumn(outcomes, "measure");
    const directions = readColumn(outcomes, "direction");
    for (let i = 0; i < measures.length; i++) {
      const d = directions[i];
      if ((d === "higher" || d === "lower") && typeof measures[i] === "string") direction[measures[i] as string] = d;
    }
  }
  const change = outcomeChange(outcomes, {
    ...common,
    mainMonths: options.mainMonths ?? 12,
    ...(Object.keys(direction).length > 0 ? { direction } : {}),
  });
  const results: Result[] = [change];
  const head = change.tables.headline;
  const headline = tableFrom("outcomes-headline", head, [
    { name: "measure", format: "text" },
    { name: "arm", format: "text" },
    { name: "horizon_months", format: "decimal" },
    { name: "n", format: "count" },
    { name: "change", format: "decimal" },
    { name: "change_interval", interval: ["lower", "upper"] },
    { name: "p_value", format: "pvalue" },
    { name: "control_arm", format: "text" },
    { name: "control_n", format: "count" },
    { name: "control_change", format: "decimal" },
    { name: "control_interval", interval: ["control_lower", "control_upper"] },
    { name: "difference", format: "decimal" },
    { name: "difference_interval", interval: ["difference_lower", "difference_upper"] },
    { name: "cohens_d", format: "decimal" },
  ]);
  const perWave = tableFrom("outcomes-change", change.tables.change, [
    { name: "measure", format: "text" },
    { name: "arm", format: "text" },
    { name: "horizon_months", format: "decimal" },
    { name: "enrolled", format: "count" },
    { name: "paired", from: "n", format: "count" },
    { name: "missing_share", format: "percent" },
    { name: "mean_before", format: "decimal" },
    { name: "mean_after", format: "decimal" },
    { name: "change", format: "decimal" },
    { name: "change_interval", interval: ["lower", "upper"] },
    { name: "effect_size", from: "dz", format: "decimal" },
    { name: "p_value", format: "pvalue" },
  ]);
  protectDropouts(perWave, "enrolled", "paired", ["missing_share"], privacy.k);
  // with cell keys: enrolled and paired perturbed, the missing share recomputed, and a small gap of
  // the published counts hidden too
  if (privacy.cellKeys) {
    perturbFollowUp(
      perWave,
      change.tables.change,
      [
        ["enrolled", "enrolled_key"],
        ["paired", "n_key"],
      ],
      privacy,
      "missing_share",
    );
    protectDropouts(perWave, "enrolled", "paired", ["missing_share"], privacy.k);
  }
  const pairedBy = publishedBy(perWave, "paired");
  const arms = tableFrom("outcomes-arms", change.tables.arms, [
    { name: "measure", format: "text" },
    { name: "horizon_months", format: "decimal" },
    { name: "arm_a", format: "text" },
    { name: "arm_b", format: "text" },
    { name: "n_a", format: "count" },
    { name: "n_b", format: "count" },
    { name: "difference", format: "decimal" },
    { name: "interval", interval: ["lower", "upper"] },
    { name: "p_value", format: "pvalue" },
    { name: "cohens_d", format: "decimal" },
  ]);
  // an arm's n hidden in its own row is hidden in the comparison too
  const hiddenPaired = new Set<string>();
  const armsSource = (change.tables.change.objects() as Record<string, unknown>[]).map(
    (r) => `${r.measure}|${r.arm}|${r.horizon_months}`,
  );
  perWave.rows.forEach((row, i) => {
    if (row[at(perWave, "paired")]?.status !== "ok") hiddenPaired.add(armsSource[i] as string);
  });
  const armsRows = (change.tables.arms?.objects() ?? []) as Record<string, unknown>[];
  arms.rows.forEach((row, i) => {
    const r = armsRows[i] as Record<string, unknown>;
    if (hiddenPaired.has(`${r.measure}|${r.arm_a}|${r.horizon_months}`)) row[at(arms, "n_a")] = hidden();
    if (hiddenPaired.has(`${r.measure}|${r.arm_b}|${r.horizon_months}`)) row[at(arms, "n_b")] = hidden();
  });
  headline.rows.forEach((row) => {
    const key = (arm: unknown, h: unknown) => `${row[at(headline, "measure")]?.value}|${arm}|${h}`;
    const h = row[at(headline, "horizon_months")]?.value;
    if (hiddenPaired.has(key(row[at(headline, "arm")]?.value, h))) row[at(headline, "n")] = hidden();
    if (hiddenPaired.has(key(row[at(headline, "control_arm")]?.value, h))) row[at(headline, "control_n")] = hidden();
    // the same people as the per-wave table: the same published n
    for (const [n, arm] of [
      ["n", "arm"],
      ["control_n", "control_arm"],
    ] as const) {
      const published = pairedBy.get(key(row[at(headline, arm)]?.value, h));
      if (privacy.cellKeys && published && row[at(headline, n)]?.status === "ok") row[at(headline, n)] = published;
    }
  });
  if (privacy.cellKeys)
    arms.rows.forEach((row) => {
      const key = (arm: unknown) =>
        `${row[at(arms, "measure")]?.value}|${arm}|${row[at(arms, "horizon_months")]?.value}`;
      for (const [n, arm] of [
        ["n_a", "arm_a"],
        ["n_b", "arm_b"],
      ] as const) {
        const published = pairedBy.get(key(row[at(arms, arm)]?.value));
        if (published && row[at(arms, n)]?.status === "ok") row[at(arms, n)] = published;
      }
    });
  out.tables.push(headline, perWave);
  if (arms.rows.length > 0) out.tables.push(arms);
  const first = (head.objects({ limit: 1 }) as Record<string, unknown>[])[0];
  if (first && first.refusal !== "no-programme-arm" && first.refusal !== "no-main-wave") {
    // the bases of the headline figures: the published n of its row (perturbed with cell keys)
    const shownN = (cell: TableCell | undefined, exact: unknown): number =>
      privacy.cellKeys && typeof cell?.value === "number" ? cell.value : typeof exact === "number" ? exact : 0;
    const firstRowCells = headline.rows[0];
    const n = shownN(firstRowCells?.[at(headline, "n")], first.n);
    const nControl = shownN(firstRowCells?.[at(headline, "control_n")], first.control_n);
    const meta = (id: string, base: number, method: string) => ({
      id,
      format: "decimal" as const,
      n: base,
      unit: "person" as const,
      method,
    });
    out.figures.push(figureFrom(first, "change", meta("outcomes.change", n, "paired-t"), privacy));
    if (first.control_arm !== null && first.control_arm !== undefined) {
      out.figures.push(
        figureFrom(first, "control_change", meta("outcomes.control_change", nControl, "paired-t"), privacy),
      );
      out.figures.push(
        figureFrom(first, "difference", meta("outcomes.difference", Math.min(n, nControl), "welch"), privacy),
      );
    }
  }
  const points: SeriesPoint[] = headline.rows.flatMap((row) => {
    const measure = String(row[at(headline, "measure")]?.value ?? "");
    const cell = (name: string): TableCell => row[at(headline, name)] as TableCell;
    const list: SeriesPoint[] = [];
    const arm = cell("arm").value;
    if (typeof arm === "string")
      list.push({
        category: `${measure} · ${arm}`,
        value: typeof cell("change").value === "number" ? (cell("change").value as number) : null,
        status: cell("change").status,
      });
    const control = cell("control_arm").value;
    if (typeof control === "string")
      list.push({
        category: `${measure} · ${control}`,
        value: typeof cell("control_change").value === "number" ? (cell("control_change").value as number) : null,
        status: cell("control_change").status,
      });
    return list;
  });
  if (points.length > 0) {
    out.series.push({
      id: "outcomes-change",
      dimension: "measure_arm",
      measure: "change",
      format: "decimal",
      n: protectBase(change.n, privacy.k).n,
      points,
    });
  }
  const attrition = attritionByWave(outcomes, common);
  results.push(attrition);
  const attritionTable = tableFrom("outcomes-attrition", attrition.tables.attrition, [
    { name: "measure", format: "text" },
    { name: "arm", format: "text" },
    { name: "horizon_months", format: "decimal" },
    { name: "enrolled", format: "count" },
    { name: "paired", from: "followed_up", format: "count" },
    { name: "missing_share", format: "percent" },
    { name: "missing_interval", interval: ["lower", "upper"], format: "percent" },
  ]);
  protectDropouts(attritionTable, "enrolled", "paired", ["missing_share", "missing_interval"], privacy.k);
  if (privacy.cellKeys) {
    perturbFollowUp(
      attritionTable,
      attrition.tables.attrition,
      [
        ["enrolled", "enrolled_key"],
        ["paired", "followed_up_key"],
      ],
      privacy,
      "missing_share",
      "missing_interval",
    );
    protectDropouts(attritionTable, "enrolled", "paired", ["missing_share", "missing_interval"], privacy.k);
  }
  if (attritionTable.rows.length > 0) out.tables.push(attritionTable);
  if (has(outcomes, "outcome")) {
    const exits = positiveExits(outcomes, {
      ...common,
      ...(options.exitCategories ? { categories: options.exitCategories } : {}),
    });
    results.push(exits);
    const exitsTable = tableFrom("outcomes-exits", exits.tables.exits, [
      { name: "arm", format: "text" },
      { name: "horizon_months", format: "decimal" },
      { name: "recorded", format: "count" },
      { name: "positive", format: "count" },
      { name: "rate", format: "percent" },
      { name: "rate_interval", interval: ["lower", "upper"], format: "percent" },
    ]);
    // recorded − positive is a count of people: a small gap hides the positive count and the rate
    protectDropouts(exitsTable, "recorded", "positive", ["rate", "rate_interval"], privacy.k);
    if (privacy.cellKeys) {
      // with cell keys the counts are perturbed like every count of people, the rate recomputed from them
      perturbFollowUp(
        exitsTable,
        exits.tables.exits,
        [
          ["recorded", "recorded_key"],
          ["positive", "positive_key"],
        ],
        privacy,
        "rate",
        "rate_interval",
        "second",
      );
      protectDropouts(exitsTable, "recorded", "positive", ["rate", "rate_interval"], privacy.k);
    }
    if (exitsTable.rows.length > 0) {
      out.tables.push(exitsTable);
      const comparison = tableFrom("outcomes-exits-difference", exits.tables.comparison, [
        { name: "horizon_months", format: "decimal" },
        { name: "arm_a", format: "text" },
        { name: "arm_b", format: "text" },
        { name: "difference", format: "percent" },
        { name: "interval", interval: ["lower", "upper"], format: "percent" },
      ]);
      // a difference of two rates gives one back from the other: hidden when either rate is
      const rateShown = new Map<string, boolean>();
      const published = new Map<string, { recorded: number; positive: number }>();
      const exitRows = exits.tables.exits.objects() as Record<string, unknown>[];
      exitsTable.rows.forEach((row, i) => {
        const r = exitRows[i] as Record<string, unknown>;
        const where = `${r.arm}|${r.horizon_months}`;
        rateShown.set(where, row[at(exitsTable, "rate")]?.status === "ok");
        const recorded = row[at(exitsTable, "recorded")]?.value;
        const positive = row[at(exitsTable, "positive")]?.value;
        if (typeof recorded === "number" && typeof positive === "number") published.set(where, { recorded, positive });
      });
      const compRows = exits.tables.comparison.objects() as Record<string, unknown>[];
      comparison.rows.forEach((row, i) => {
        const r = compRows[i] as Record<string, unknown>;
        const shown = [r.arm_a, r.arm_b].every((arm) => rateShown.get(`${arm}|${r.horizon_months}`) === true);
        const a = published.get(`${r.arm_a}|${r.horizon_months}`);
        const b = published.get(`${r.arm_b}|${r.horizon_months}`);
        if (!shown || (privacy.cellKeys && (!a || !b || a.recorded <= 0 || b.recorded <= 0))) {
          row[at(comparison, "difference")] = hidden("derived");
          row[at(comparison, "interval")] = hidden("derived");
        } else if (privacy.cellKeys && a && b) {
          // from the published (perturbed) counts, so that the difference gives no exact count back
          const d = newcombeInterval(a.positive, a.recorded, b.positive, b.recorded);
          const cd = at(comparison, "difference");
          const ci = at(comparison, "interval");
          if (row[cd]?.status === "ok") row[cd] = { value: d.difference, status: "ok" };
          if (row[ci]?.status === "ok") row[ci] = { value: [d.lower, d.upper], status: "ok" };
        }
      });
      if (comparison.rows.length > 0) out.tables.push(comparison);
    }
  }
  for (const r of results) out.suppressed.push(...r.suppressed);
  out.warnings.push(...protectWarnings(results, privacy.k, "outcomes"));
  return out;
}
