import { escape as aqEscape, type ColumnTable } from "arquero";
import { prePost } from "../analyses/pre-post.js";
import type { Result } from "../result.js";
import { protectWarnings } from "./protect-warnings.js";
import { cellOf, figureFrom, has, type IndicatorPrivacy, textCell } from "./shared.js";
import type { SectionIndicators, SeriesPoint, TableCell } from "./types.js";

/** Options of {@link outcomeIndicators}. */
export interface OutcomeIndicatorOptions {
  privacy: IndicatorPrivacy;
}

/** The number in a follow-up wave label ("2", "V2", "vague 2"), or 0 (internal). */
function waveNumber(value: unknown): number {
  if (typeof value === "number") return value;
  const m = /(\d+)/.exec(String(value ?? ""));
  return m?.[1] ? Number(m[1]) : 0;
}

const hidden = (status: TableCell["status"]): TableCell => ({ value: null, status });

/**
 * Every number the outcomes section publishes: per measure and arm, people enrolled and followed up,
 * attrition, baseline and follow-up means, mean change with its 95 % interval and effect size
 * (each person's baseline against their last follow-up), and the difference between two arms.
 *
 * Counts that would give a hidden count back by subtraction are hidden with it: "followed up" and the
 * attrition when fewer than k people dropped out; the comparison's n of an arm hidden in the change table.
 *
 * @param outcomes - a clean `outcomes` table (person_id, baseline_value, followup_value, measure, arm, followup_wave)
 * @param options - privacy profile and threshold
 * @returns tables `outcomes-change` and `outcomes-arms`, the series `outcomes-change` and, with one
 *   measure, the figure `outcomes.change`
 * @example
 * outcomeIndicators(outcomes, { privacy: { profile: "public", k: 10 } }).tables[0].id // => "outcomes-change"
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
  if (
    !has(outcomes, "person_id") ||
    !has(outcomes, "baseline_value") ||
    !has(outcomes, "followup_value") ||
    !has(outcomes, "_line")
  ) {
    return out;
  }
  const rows = outcomes.objects() as Record<string, unknown>[];
  const latest = new Map<string, { wave: number; line: number }>();
  for (const row of rows) {
    if (row.person_id === null || typeof row.followup_value !== "number") continue;
    const key = `${String(row.measure ?? "")}\u0000${String(row.person_id)}`;
    const wave = waveNumber(row.followup_wave);
    const previous = latest.get(key);
    if (!previous || wave >= previous.wave) latest.set(key, { wave, line: Number(row._line) });
  }
  const lines = new Set([...latest.values()].map((v) => v.line));
  const last = outcomes.filter(
    aqEscape((d: Record<string, unknown>) => lines.has(Number(d._line)) || typeof d.followup_value !== "number"),
  );
  const measures = [...new Set(rows.map((r) => (typeof r.measure === "string" ? r.measure : "")))].sort();
  const useArm = has(outcomes, "arm") && rows.some((r) => typeof r.arm === "string" && r.arm !== "");
  const changeRows: TableCell[][] = [];
  const armRows: TableCell[][] = [];
  const points: SeriesPoint[] = [];
  const results: Result[] = [];
  let base = 0;
  for (const measure of measures) {
    const subset = last.filter(
      aqEscape((d: Record<string, unknown>) => (typeof d.measure === "string" ? d.measure : "") === measure),
    );
    const result = prePost(subset, { ...(useArm ? { arm: "arm" } : {}), privacy });
    results.push(result);
    out.suppressed.push(...result.suppressed);
    base += result.n;
    const pairedShown = new Map<string, boolean>();
    for (const row of result.tables.change.objects() as Record<string, unknown>[]) {
      const arm = useArm ? String(row.arm ?? "") : "";
      const group = arm === "Total" || arm === "" ? "all" : arm;
      const enrolled = cellOf(row, "enrolled");
      let paired = cellOf(row, "paired");
      let attrition = cellOf(row, "attrition");
      // enrolled − followed up is a count of people too: never publish both when it is small
      if (typeof enrolled.value === "number" && typeof paired.value === "number") {
        const dropped = enrolled.value - paired.value;
        if (dropped > 0 && dropped < privacy.k) {
          paired = hidden("complementary");
          attrition = hidden("small-base");
        }
      }
      pairedShown.set(arm, paired.status === "ok");
      changeRows.push([
        textCell(measure),
        textCell(group),
        enrolled,
        paired,
        attrition,
        cellOf(row, "mean_before"),
        cellOf(row, "mean_after"),
        cellOf(row, "change"),
        interval(row, "change_lower", "change_upper"),
        cellOf(row, "effect_size"),
      ]);
      if (group === "all") {
        const c = cellOf(row, "change");
        points.push({ category: measure, value: typeof c.value === "number" ? c.value : null, status: c.status });
        if (measures.length === 1) {
          out.figures.push(
            figureFrom(
              row,
              "change",
              { id: "outcomes.change", format: "decimal", n: result.n, unit: "person", method: result.method },
              privacy,
            ),
          );
        }
      }
    }
    for (const row of (result.tables.arms?.objects() ?? []) as Record<string, unknown>[]) {
      const a = String(row.arm_a ?? "");
      const b = String(row.arm_b ?? "");
      const nA = pairedShown.get(a) === false ? hidden("complementary") : cellOf(row, "n_a");
      const nB = pairedShown.get(b) === false ? hidden("complementary") : cellOf(row, "n_b");
      armRows.push([
        textCell(measure),
        { value: [a, b].join(" − "), status: "ok" },
        nA,
        nB,
        cellOf(row, "difference"),
        interval(row, "lower", "upper"),
        cellOf(row, "cohens_d"),
      ]);
    }
  }
  out.tables.push({
    id: "outcomes-change",
    columns: [
      { name: "measure", format: "text" },
      { name: "arm", format: "text" },
      { name: "enrolled", format: "count" },
      { name: "paired", format: "count" },
      { name: "attrition", format: "percent" },
      { name: "mean_before", format: "decimal" },
      { name: "mean_after", format: "decimal" },
      { name: "change", format: "decimal" },
      { name: "change_interval", format: "decimal" },
      { name: "effect_size", format: "decimal" },
    ],
    rows: changeRows,
  });
  if (armRows.length > 0) {
    out.tables.push({
      id: "outcomes-arms",
      columns: [
        { name: "measure", format: "text" },
        { name: "arms", format: "text" },
        { name: "n_a", format: "count" },
        { name: "n_b", format: "count" },
        { name: "difference", format: "decimal" },
        { name: "interval", format: "decimal" },
        { name: "cohens_d", format: "decimal" },
      ],
      rows: armRows,
    });
  }
  if (points.length > 0) {
    out.series.push({
      id: "outcomes-change",
      dimension: "measure",
      measure: "change",
      format: "decimal",
      n: base >= privacy.k ? base : null,
      points,
    });
  }
  out.warnings.push(...protectWarnings(results, privacy.k, "outcomes"));
  return out;
}

/** An interval cell from two protected columns (internal). */
function interval(row: Record<string, unknown>, low: string, high: string): TableCell {
  const a = cellOf(row, low);
  const b = cellOf(row, high);
  if (a.status !== "ok") return a;
  if (b.status !== "ok") return b;
  if (typeof a.value !== "number" || typeof b.value !== "number") return { value: null, status: "ok" };
  return { value: [a.value, b.value], status: "ok" };
}
