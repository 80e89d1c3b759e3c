import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { newcombeInterval } from "../stats/newcombe-interval.js";
import { wilsonInterval } from "../stats/wilson-interval.js";
import { AnalysisError } from "./analysis-error.js";
import { type OutcomeColumns, programmeAndControl, readPanel } from "./outcome-panel.js";
import { type CommonOptions, excludedWarning, privacyParameters, protectRows } from "./shared.js";

/** Options of {@link attritionByWave}. */
export interface AttritionByWaveOptions extends CommonOptions {
  /** column names (defaults of an `outcomes` table) */
  columns?: OutcomeColumns;
  /** months of each wave label; default the median gap between baseline and follow-up dates */
  waveMonths?: Record<string, number>;
  /** the programme arm (arm a of the comparison); default the one arm not named like a control */
  programmeArm?: string;
  /** the control arm (arm b); default the arm named like a control */
  controlArm?: string;
  /**
   * the secret record key (0..255) of a person, for the cell-key method: given, each row also has the cell key
   * (its members' record keys summed modulo 256) of its counts of people, `<count>_key`, so they can be perturbed
   * consistently (the same people, the same published value)
   */
  recordKey?: (person: string) => number | undefined;
  /**
   * the rule: missingness differs between arms when their missing shares are at least this far apart (a share,
   * default 0.10 = 10 percentage points, in the spirit of the What Works Clearinghouse attrition standard)
   */
  maxDifferential?: number;
  /** confidence level of the intervals, default 0.95 */
  level?: number;
}

/** Tables of {@link attritionByWave}. */
export interface AttritionByWaveTables extends Record<string, ColumnTable> {
  /**
   * One row per measure, arm and wave: `measure`, `arm`, `wave`, `horizon_months`, `enrolled` (people with a baseline),
   * `followed_up` (with a follow-up score at that wave), `missing`, `missing_share`, `lower`, `upper` (Wilson
   * interval of the missing share), with statuses.
   */
  attrition: ColumnTable;
  /**
   * With two arms or more, one row per measure and wave: `measure`, `wave`, `horizon_months`, `arm_a`, `arm_b`,
   * `enrolled_a`, `enrolled_b`, `missing_share_a`, `missing_share_b`, `difference` (a − b), `lower`, `upper` (Newcombe),
   * `flagged` (|difference| ≥ `maxDifferential`), with statuses.
   */
  differential: ColumnTable;
}

/**
 * Attrition per follow-up wave and arm: of the people enrolled, how many were followed up at 3, 6, 12
 * months…, the missing share with its interval, and a flag when missingness differs between arms.
 *
 * Why: "attrition 9 %" counted over people with no follow-up at all hides that half of them are
 * missing at 12 months; and when one arm loses more people than the other, the arms are no longer
 * comparable. The rule is stated: a flag when the missing shares differ by `maxDifferential` or more.
 *
 * @param table - cleaned `outcomes` table, one row per person, measure and wave
 * @param options - columns, waveMonths, programmeArm, controlArm, maxDifferential (0 to 1), level, privacy
 * @returns a {@link Result} with `tables.attrition` and `tables.differential`; `n` = people with a baseline
 * @throws AnalysisError `analyses.missing_column`, `analyses.identifier_breakdown`, `analyses.bad_option`
 * @example
 * attritionByWave(outcomes).tables.differential.objects().at(-1)
 * // => { wave: "3", arm_a: "Accompagné", arm_b: "Témoin", missing_share_a: 0.466, missing_share_b: 0.556, difference: -0.09, flagged: false, ... }
 */
export function attritionByWave(
  table: ColumnTable,
  options: AttritionByWaveOptions = {},
): Result<AttritionByWaveTables> {
  const fn = "attritionByWave";
  const level = options.level ?? 0.95;
  const threshold = options.maxDifferential ?? 0.1;
  if (!(threshold >= 0 && threshold <= 1))
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "maxDifferential must be between 0 and 1" });
  const panel = readPanel(table, fn, {
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.waveMonths ? { waveMonths: options.waveMonths } : {}),
  });
  const rows: Record<string, unknown>[] = [];
  const counts = new Map<string, { enrolled: number; followed: number }>();
  const seen = new Set<string>();
  const measures = [...panel.measures.keys()].sort();
  for (const measure of measures) {
    const people = panel.measures.get(measure) as Map<
      string,
      { arm: string; baseline: number | null; followups: Map<string, number> }
    >;
    for (const arm of panel.arms) {
      const inArm = [...people].filter(([, p]) => p.arm === arm && p.baseline !== null);
      if (inArm.length === 0) continue;
      for (const [who] of inArm) seen.add(who);
      for (const wave of panel.waves) {
        const enrolled = inArm.length;
        const followedUp = inArm.filter(([, p]) => p.followups.has(wave));
        const followed = followedUp.length;
        const keyOf = options.recordKey;
        const keys = keyOf
          ? {
              enrolled_key: inArm.reduce((a, [who]) => (a + (keyOf(who) ?? 0)) % 256, 0),
              followed_up_key: followedUp.reduce((a, [who]) => (a + (keyOf(who) ?? 0)) % 256, 0),
            }
          : {};
        counts.set(`${measure}\u0000${arm}\u0000${wave}`, { enrolled, followed });
        const w = wilsonInterval(enrolled - followed, enrolled, level);
        rows.push({
          measure,
          arm,
          wave,
          horizon_months: panel.horizon.get(wave) ?? null,
          enrolled,
          followed_up: followed,
          missing: enrolled - followed,
          missing_share: w.estimate,
          lower: w.lower,
          upper: w.upper,
          ...keys,
        });
      }
    }
  }
  const suppressed: SuppressedCell[] = [];
  const names = [
    "measure",
    "arm",
    "wave",
    "horizon_months",
    "enrolled",
    "followed_up",
    "missing",
    "missing_share",
    "lower",
    "upper",
    ...(options.recordKey ? ["enrolled_key", "followed_up_key"] : []),
  ];
  const attrition = protectRows(
    makeTable(Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)]))),
    {
      name: "attrition",
      counts: ["enrolled", "followed_up"],
      bases: { missing: "followed_up", missing_share: "followed_up", lower: "followed_up", upper: "followed_up" },
    },
    options.privacy,
    suppressed,
  );
  const warnings: Issue[] = [...excludedWarning(panel.noPerson, "person", fn)];
  const { programme, control } = programmeAndControl(panel.arms, options.programmeArm, options.controlArm);
  const diffRows: Record<string, unknown>[] = [];
  if (panel.arms.length >= 2) {
    const a = programme ?? (panel.arms[0] as string);
    const b = control !== null && control !== a ? control : (panel.arms.find((x) => x !== a) as string);
    for (const measure of measures) {
      for (const wave of panel.waves) {
        const ca = counts.get(`${measure}\u0000${a}\u0000${wave}`);
        const cb = counts.get(`${measure}\u0000${b}\u0000${wave}`);
        if (!ca || !cb) continue;
        const d = newcombeInterval(
          ca.enrolled - ca.followed,
          ca.enrolled,
          cb.enrolled - cb.followed,
          cb.enrolled,
          level,
        );
        const flagged = Math.abs(d.difference) >= threshold - 1e-12;
        const pct = (x: number): string => `${Math.round(x * 100)} %`;
        if (flagged) {
          warnings.push({
            code: "analyses.differential_attrition",
            severity: "warning",
            params: {
              measure,
              wave,
              arm_a: a,
              arm_b: b,
              share_a: pct(d.first.estimate),
              share_b: pct(d.second.estimate),
              gap: Math.round(Math.abs(d.difference) * 100),
              threshold: Math.round(threshold * 100),
            },
          });
        }
        diffRows.push({
          measure,
          wave,
          horizon_months: panel.horizon.get(wave) ?? null,
          arm_a: a,
          arm_b: b,
          enrolled_a: ca.enrolled,
          enrolled_b: cb.enrolled,
          n_min: Math.min(ca.followed, cb.followed),
          missing_share_a: d.first.estimate,
          missing_share_b: d.second.estimate,
          difference: d.difference,
          lower: d.lower,
          upper: d.upper,
          flagged,
        });
      }
    }
  }
  const diffNames = [
    "measure",
    "wave",
    "horizon_months",
    "arm_a",
    "arm_b",
    "enrolled_a",
    "enrolled_b",
    "n_min",
    "missing_share_a",
    "missing_share_b",
    "difference",
    "lower",
    "upper",
    "flagged",
  ];
  const differential = protectRows(
    makeTable(Object.fromEntries(diffNames.map((c) => [c, diffRows.map((r) => r[c] ?? null)]))),
    {
      name: "differential",
      counts: ["enrolled_a", "enrolled_b"],
      bases: Object.fromEntries(
        ["missing_share_a", "missing_share_b", "difference", "lower", "upper"].map((c) => [c, "n_min"]),
      ),
    },
    options.privacy,
    suppressed,
  );
  return {
    kind: "attritionByWave",
    tables: {
      attrition,
      differential: differential.select(differential.columnNames().filter((c) => c !== "n_min")),
    },
    n: seen.size,
    unit: "person",
    method: "wilson+newcombe",
    parameters: {
      ...panel.columns,
      programmeArm: programme,
      controlArm: control,
      maxDifferential: threshold,
      rule: "flag when |missing share a − missing share b| >= maxDifferential",
      horizons: Object.fromEntries(panel.horizon),
      level,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
