import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { bootstrapInterval } from "../stats/bootstrap-interval.js";
import { pairedTTest } from "../stats/paired-t-test.js";
import { twoSampleTest } from "../stats/two-sample-test.js";
import { AnalysisError } from "./analysis-error.js";
import {
  mainWaveOf,
  normaliseLabel,
  type OutcomeColumns,
  type Panel,
  programmeAndControl,
  readPanel,
} from "./outcome-panel.js";
import { type CommonOptions, excludedWarning, privacyParameters, protectRows } from "./shared.js";

/** Which way a measure improves: `"higher"` (a well-being score), `"lower"` (a depression score) or `"unknown"`. */
export const MeasureDirection = { higher: "higher", lower: "lower", unknown: "unknown" } as const;
export type MeasureDirection = (typeof MeasureDirection)[keyof typeof MeasureDirection];

/** Whether a value names a measure direction. */
export function isMeasureDirection(value: unknown): value is MeasureDirection {
  return value === "higher" || value === "lower" || value === "unknown";
}

/** Reading of a change at a horizon, for the wording: only an interval that excludes 0 says improved or worsened. */
export const ChangeReading = {
  improved: "improved",
  worsened: "worsened",
  inconclusive: "inconclusive",
  /** the interval excludes 0 but nobody said whether higher is better */
  changedUnknownDirection: "changed-unknown-direction",
  /** no interval (too few pairs, constant change, hidden) */
  none: "none",
} as const;
export type ChangeReading = (typeof ChangeReading)[keyof typeof ChangeReading];

/** Scales whose direction is published with them (normalised words of the measure name) (internal). */
const KNOWN_DIRECTIONS: [string, MeasureDirection][] = [
  ["wemwbs", "higher"],
  ["swemwbs", "higher"],
  ["bien etre", "higher"],
  ["well being", "higher"],
  ["wellbeing", "higher"],
  ["rosenberg", "higher"],
  ["estime de soi", "higher"],
  ["self esteem", "higher"],
  ["phq", "lower"],
  ["gad", "lower"],
  ["bdi", "lower"],
  ["hads", "lower"],
  ["depression", "lower"],
  ["anxiete", "lower"],
  ["anxiety", "lower"],
  ["isolement", "lower"],
  ["loneliness", "lower"],
];

/** Options of {@link outcomeChange}. */
export interface OutcomeChangeOptions extends CommonOptions {
  /** column names (defaults of an `outcomes` table) */
  columns?: OutcomeColumns;
  /** the programme arm of the headline; default the one arm not named like a control ("Témoin", "control"…) */
  programmeArm?: string;
  /** the comparison arm; default the arm named like a control */
  controlArm?: string;
  /** the headline wave; default the wave whose horizon is nearest `mainMonths` */
  mainWave?: string;
  /** the headline horizon in months, default 12 (used when `mainWave` is not given) */
  mainMonths?: number;
  /** months of each wave label (`{ "1": 3, "2": 6, "3": 12 }`); default the median gap between baseline and follow-up dates */
  waveMonths?: Record<string, number>;
  /** which way each measure improves: one direction for all, or per measure name; default from the measure's name when it is a known scale, else `"unknown"` */
  direction?: MeasureDirection | Record<string, MeasureDirection>;
  /** confidence level, default 0.95 */
  level?: number;
  /** bootstrap resamples for the interval of d_z, default 2000 */
  replicates?: number;
  /** bootstrap seed, default 1 */
  seed?: number;
  /** largest share of unusable bootstrap replicates before the d_z interval is refused, default 0.05 */
  maxUnusableShare?: number;
  /**
   * the secret record key (0..255) of a person, for the cell-key method: given, each row also has the cell key
   * (its members' record keys summed modulo 256) of its counts of people, `<count>_key`, so they can be perturbed
   * consistently (the same people, the same published value)
   */
  recordKey?: (person: string) => number | undefined;
}

/** Tables of {@link outcomeChange}. */
export interface OutcomeChangeTables extends Record<string, ColumnTable> {
  /**
   * One row per measure, arm and wave: `measure`, `arm`, `wave`, `horizon_months`, `direction`, `enrolled` (people
   * with a baseline), `n` (of them, with a follow-up at that wave), `missing` (enrolled − n), `missing_share`,
   * `mean_before`, `mean_after`, `change` (mean of follow-up − baseline), `lower`, `upper` (t interval), `t`, `df`,
   * `p_value` (paired t test), `dz` (Cohen's d_z), `dz_lower`, `dz_upper` (percentile bootstrap), `dz_unusable`
   * (bootstrap replicates left out), `reading` ({@link ChangeReading}), `small_n` (n below `smallN`), `refusal`
   * (null, `"too-few-pairs"`, `"constant-difference"`, `"bootstrap-unusable"`), with statuses.
   */
  change: ColumnTable;
  /**
   * Present with two or more arms, one row per measure and wave: `measure`, `wave`, `horizon_months`, `arm_a` (the
   * programme arm), `arm_b` (the control arm), `n_a`, `n_b`, `difference` (mean change a − b), `lower`, `upper`,
   * `p_value` (Welch), `cohens_d`, `refusal` (null or `"too-few-pairs"`), with statuses.
   */
  arms: ColumnTable;
  /**
   * One row per measure: the programme arm at the main horizon, never a pool of arms: `measure`, `arm`, `wave`,
   * `horizon_months`, `direction`, `enrolled`, `n`, `change`, `lower`, `upper`, `dz`, `p_value`, `reading`, `small_n`,
   * then the control arm at the same wave beside it (`control_arm`, `control_n`, `control_change`, `control_lower`,
   * `control_upper`, `control_small_n`) and the difference between arms (`difference`, `difference_lower`,
   * `difference_upper`, `difference_p`, `cohens_d`); `refusal` is `"no-programme-arm"` or `"no-main-wave"` when no
   * headline can be chosen (every figure null), with statuses.
   */
  headline: ColumnTable;
}

function directionOf(measure: string, option: OutcomeChangeOptions["direction"]): MeasureDirection {
  if (typeof option === "string") return option;
  const given = option?.[measure];
  if (given !== undefined) return given;
  const key = ` ${normaliseLabel(measure)} `;
  for (const [word, d] of KNOWN_DIRECTIONS) if (key.includes(` ${word} `) || key.includes(` ${word}`)) return d;
  return "unknown";
}

function readingOf(lower: number | null, upper: number | null, direction: MeasureDirection): ChangeReading {
  if (lower === null || upper === null) return "none";
  if (lower <= 0 && upper >= 0) return "inconclusive";
  if (direction === "unknown") return "changed-unknown-direction";
  const up = lower > 0;
  return up === (direction === "higher") ? "improved" : "worsened";
}

const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const dzOf = (xs: number[]): number => {
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return m / Math.sqrt(ss / (xs.length - 1));
};

interface Cell {
  measure: string;
  arm: string;
  wave: string;
  before: number[];
  after: number[];
  enrolled: number;
  /** cell keys of the enrolled and of the pairs (with `recordKey`) */
  enrolledKey: number;
  nKey: number;
}

/** Cells of a panel: per measure, arm and wave, the complete pairs (internal). */
function cellsOf(panel: Panel, keyOf?: (person: string) => number | undefined): Cell[] {
  const out: Cell[] = [];
  for (const [measure, people] of [...panel.measures].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const arm of panel.arms) {
      const inArm = [...people].filter(([, p]) => p.arm === arm && p.baseline !== null);
      if (inArm.length === 0) continue;
      const enrolledKey = keyOf ? inArm.reduce((a, [who]) => (a + (keyOf(who) ?? 0)) % 256, 0) : 0;
      for (const wave of panel.waves) {
        const cell: Cell = { measure, arm, wave, before: [], after: [], enrolled: inArm.length, enrolledKey, nKey: 0 };
        for (const [who, p] of inArm) {
          const f = p.followups.get(wave);
          if (f !== undefined) {
            cell.before.push(p.baseline as number);
            cell.after.push(f);
            if (keyOf) cell.nKey = (cell.nKey + (keyOf(who) ?? 0)) % 256;
          }
        }
        out.push(cell);
      }
    }
  }
  return out;
}

/**
 * Change in an outcome score per measure, arm and follow-up wave (3, 6, 12 months…), with n, the mean
 * change and its interval, a paired t test, Cohen's d_z with a bootstrap interval; the difference
 * between the programme and control arms per wave (Welch, Cohen's d); and a headline: the programme
 * arm at the main horizon with the control arm beside it.
 *
 * Why: a single "mean change 5.5 (n = 121)" that pools a programme arm with its control arm and mixes
 * 3-, 6- and 12-month follow-ups says nothing a funder can use. Each arm and horizon is kept apart,
 * missing follow-ups are counted against the enrolled, small arms are flagged, and a change is read
 * as an improvement only when its interval excludes 0 and the measure's direction is known. The
 * headline never pools arms: without an identifiable programme arm it is refused.
 *
 * @param table - cleaned `outcomes` table, one row per person, measure and wave
 * @param options - columns, programmeArm, controlArm, mainWave, mainMonths, waveMonths, direction, level, replicates (≥ 100), seed, maxUnusableShare, privacy, smallN
 * @returns a {@link Result} with `tables.change`, `tables.arms` (two arms or more) and `tables.headline`; `n` = people with a baseline
 * @throws AnalysisError `analyses.missing_column`, `analyses.identifier_breakdown`, `analyses.bad_option` (a direction or wave month that is not valid)
 * @example
 * outcomeChange(outcomes, { waveMonths: { "1": 3, "2": 6, "3": 12 } }).tables.headline.objects()[0]
 * // => { measure: "Bien-être (WEMWBS)", arm: "Accompagné", wave: "3", horizon_months: 12, n: 47, change: 8.43, lower: 6.9, upper: 9.9, control_arm: "Témoin", control_n: 20, control_change: 2.45, reading: "improved", ... }
 */
export function outcomeChange(table: ColumnTable, options: OutcomeChangeOptions = {}): Result<OutcomeChangeTables> {
  const fn = "outcomeChange";
  const level = options.level ?? 0.95;
  const replicates = options.replicates ?? 2000;
  const seed = options.seed ?? 1;
  const smallN = options.smallN ?? 30;
  const dir = options.direction;
  if (
    dir !== undefined &&
    !(isMeasureDirection(dir) || (typeof dir === "object" && Object.values(dir).every(isMeasureDirection)))
  ) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "direction must be higher, lower or unknown",
    });
  }
  const panel = readPanel(table, fn, {
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.waveMonths ? { waveMonths: options.waveMonths } : {}),
  });
  const cells = cellsOf(panel, options.recordKey);
  const warnings: Issue[] = [...excludedWarning(panel.noPerson, "person", fn)];
  const rows = cells.map((cell) => {
    const n = cell.before.length;
    const diffs = cell.after.map((a, i) => a - (cell.before[i] as number));
    const direction = directionOf(cell.measure, dir);
    const row = {
      measure: cell.measure,
      arm: cell.arm,
      wave: cell.wave,
      horizon_months: panel.horizon.get(cell.wave) ?? null,
      direction,
      enrolled: cell.enrolled,
      n,
      missing: cell.enrolled - n,
      missing_share: cell.enrolled > 0 ? 1 - n / cell.enrolled : null,
      mean_before: n > 0 ? mean(cell.before) : null,
      mean_after: n > 0 ? mean(cell.after) : null,
      change: n > 0 ? mean(diffs) : null,
      lower: null as number | null,
      upper: null as number | null,
      t: null as number | null,
      df: null as number | null,
      p_value: null as number | null,
      dz: null as number | null,
      dz_lower: null as number | null,
      dz_upper: null as number | null,
      dz_unusable: null as number | null,
      ...(options.recordKey ? { enrolled_key: cell.enrolledKey, n_key: cell.nKey } : {}),
      reading: "none" as ChangeReading,
      small_n: n < smallN,
      refusal: null as string | null,
    };
    const where = { measure: cell.measure, arm: cell.arm, wave: cell.wave, n };
    if (row.small_n && n > 0)
      warnings.push({ code: "analyses.small_n_group", severity: "warning", params: { ...where, threshold: smallN } });
    if (n < 2) {
      row.refusal = "too-few-pairs";
      return row;
    }
    const t = pairedTTest(cell.before, cell.after, level);
    if (t.refusal !== null) {
      row.refusal = t.refusal;
      warnings.push({
        code: "analyses.constant_difference",
        severity: "warning",
        params: { ...where, value: t.meanDifference },
      });
      return row;
    }
    const boot = bootstrapInterval(diffs, dzOf, {
      replicates,
      level,
      seed,
      ...(options.maxUnusableShare !== undefined ? { maxUnusableShare: options.maxUnusableShare } : {}),
    });
    Object.assign(row, {
      lower: t.lower,
      upper: t.upper,
      t: t.t,
      df: t.df,
      p_value: t.pValue,
      dz: fin(boot.estimate),
      dz_lower: fin(boot.lower),
      dz_upper: fin(boot.upper),
      dz_unusable: boot.unusable,
    });
    row.reading = readingOf(t.lower, t.upper, direction);
    if (boot.refused) {
      row.refusal = "bootstrap-unusable";
      warnings.push({
        code: "analyses.bootstrap_refused",
        severity: "warning",
        params: { ...where, unusable: boot.unusable, replicates, share: options.maxUnusableShare ?? 0.05 },
      });
    }
    return row;
  });
  const suppressed: SuppressedCell[] = [];
  const stats = [
    "mean_before",
    "mean_after",
    "change",
    "lower",
    "upper",
    "t",
    "df",
    "p_value",
    "dz",
    "dz_lower",
    "dz_upper",
  ];
  const changeColumns = Object.keys(rows[0] ?? emptyChangeRow()) as (keyof (typeof rows)[number])[];
  const change = protectRows(
    makeTable(Object.fromEntries(changeColumns.map((c) => [c, rows.map((r) => r[c])]))),
    {
      name: "change",
      counts: ["enrolled", "n"],
      // as prePost: drop-out is published beside the n it leaves, hidden with it
      bases: { ...Object.fromEntries(stats.map((s) => [s, "n"])), missing: "n", missing_share: "n" },
    },
    options.privacy,
    suppressed,
  );
  const { programme, control } = programmeAndControl(panel.arms, options.programmeArm, options.controlArm);
  // arms: programme (or first arm) against control (or each other arm)
  const armRows: Record<string, unknown>[] = [];
  if (panel.arms.length >= 2) {
    const a = programme ?? (panel.arms[0] as string);
    const others = control !== null && control !== a ? [control] : panel.arms.filter((x) => x !== a);
    for (const measure of [...new Set(cells.map((c) => c.measure))]) {
      for (const wave of panel.waves) {
        for (const b of others) {
          const ca = cells.find((c) => c.measure === measure && c.arm === a && c.wave === wave);
          const cb = cells.find((c) => c.measure === measure && c.arm === b && c.wave === wave);
          if (!ca || !cb) continue;
          const da = ca.after.map((x, i) => x - (ca.before[i] as number));
          const db = cb.after.map((x, i) => x - (cb.before[i] as number));
          const base = {
            measure,
            wave,
            horizon_months: panel.horizon.get(wave) ?? null,
            arm_a: a,
            arm_b: b,
            n_a: da.length,
            n_b: db.length,
            n_min: Math.min(da.length, db.length),
          };
          if (da.length < 2 || db.length < 2) {
            armRows.push({
              ...base,
              difference: null,
              lower: null,
              upper: null,
              p_value: null,
              cohens_d: null,
              refusal: "too-few-pairs",
            });
            continue;
          }
          const t = twoSampleTest(da, db, level);
          armRows.push({
            ...base,
            difference: fin(t.welch.difference),
            lower: fin(t.welch.lower),
            upper: fin(t.welch.upper),
            p_value: fin(t.welch.pValue),
            cohens_d: fin(t.cohensD),
            refusal: null,
          });
        }
      }
    }
  }
  const tables: Record<string, ColumnTable> = { change };
  if (armRows.length > 0) {
    const armsColumns = Object.keys(armRows[0] as object);
    const armsTable = protectRows(
      makeTable(Object.fromEntries(armsColumns.map((c) => [c, armRows.map((r) => r[c])]))),
      {
        name: "arms",
        counts: ["n_a", "n_b"],
        bases: Object.fromEntries(["difference", "lower", "upper", "p_value", "cohens_d"].map((s) => [s, "n_min"])),
      },
      options.privacy,
      suppressed,
    );
    tables.arms = armsTable.select(armsTable.columnNames().filter((c) => c !== "n_min"));
  }
  // headline: programme arm at the main wave, control beside it, read from the protected tables
  const mainWave = mainWaveOf(panel, options.mainWave, options.mainMonths);
  const onlyArm = panel.arms.length === 1 ? (panel.arms[0] as string) : null;
  const headArm = programme ?? onlyArm;
  const changeRows = change.objects() as Record<string, unknown>[];
  const armsRows = (tables.arms?.objects() ?? []) as Record<string, unknown>[];
  const headRows: Record<string, unknown>[] = [];
  for (const measure of [...new Set(cells.map((c) => c.measure))]) {
    const refusal = headArm === null ? "no-programme-arm" : mainWave === null ? "no-main-wave" : null;
    const p =
      refusal === null
        ? changeRows.find((r) => r.measure === measure && r.arm === headArm && r.wave === mainWave)
        : undefined;
    const c =
      refusal === null && control !== null
        ? changeRows.find((r) => r.measure === measure && r.arm === control && r.wave === mainWave)
        : undefined;
    const d =
      refusal === null && control !== null
        ? armsRows.find(
            (r) => r.measure === measure && r.wave === mainWave && r.arm_a === headArm && r.arm_b === control,
          )
        : undefined;
    if (refusal !== null)
      warnings.push({
        code: refusal === "no-programme-arm" ? "analyses.headline_no_programme_arm" : "analyses.headline_no_main_wave",
        severity: "warning",
        params: { function: fn, measure, arms: panel.arms.join(", ") },
      });
    const pick = (row: Record<string, unknown> | undefined, column: string, as: string): Record<string, unknown> => ({
      [as]: row?.[column] ?? null,
      [`${as}_status`]: row?.[`${column}_status`] ?? (row ? "ok" : null),
    });
    headRows.push({
      measure,
      arm: refusal === null ? headArm : null,
      wave: refusal === null ? mainWave : null,
      horizon_months: mainWave === null ? null : (panel.horizon.get(mainWave) ?? null),
      direction: directionOf(measure, dir),
      ...pick(p, "enrolled", "enrolled"),
      ...pick(p, "n", "n"),
      ...pick(p, "change", "change"),
      ...pick(p, "lower", "lower"),
      ...pick(p, "upper", "upper"),
      ...pick(p, "dz", "dz"),
      ...pick(p, "p_value", "p_value"),
      reading: p?.reading ?? "none",
      small_n: p?.small_n ?? null,
      control_arm: c === undefined ? null : control,
      ...pick(c, "n", "control_n"),
      ...pick(c, "change", "control_change"),
      ...pick(c, "lower", "control_lower"),
      ...pick(c, "upper", "control_upper"),
      control_small_n: c?.small_n ?? null,
      ...pick(d, "difference", "difference"),
      ...pick(d, "lower", "difference_lower"),
      ...pick(d, "upper", "difference_upper"),
      ...pick(d, "p_value", "difference_p"),
      ...pick(d, "cohens_d", "cohens_d"),
      refusal: refusal ?? (p?.refusal as string | null | undefined) ?? null,
    });
  }
  const headColumns = Object.keys(headRows[0] ?? { measure: null });
  tables.headline = makeTable(Object.fromEntries(headColumns.map((c) => [c, headRows.map((r) => r[c])])));
  let people = 0;
  const seen = new Set<string>();
  for (const ps of panel.measures.values())
    for (const [who, pp] of ps)
      if (pp.baseline !== null && !seen.has(who)) {
        seen.add(who);
        people++;
      }
  return {
    kind: "outcomeChange",
    tables: tables as OutcomeChangeTables,
    n: people,
    unit: "person",
    method: "paired-t+welch",
    parameters: {
      ...panel.columns,
      programmeArm: programme,
      controlArm: control,
      mainWave,
      mainMonths: options.mainMonths ?? 12,
      horizons: Object.fromEntries(panel.horizon),
      level,
      replicates,
      seed,
      maxUnusableShare: options.maxUnusableShare ?? 0.05,
      smallN,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}

function emptyChangeRow(): Record<string, null> {
  return Object.fromEntries(
    [
      "measure",
      "arm",
      "wave",
      "horizon_months",
      "direction",
      "enrolled",
      "n",
      "missing",
      "missing_share",
      "mean_before",
      "mean_after",
      "change",
      "lower",
      "upper",
      "t",
      "df",
      "p_value",
      "dz",
      "dz_lower",
      "dz_upper",
      "dz_unusable",
      "reading",
      "small_n",
      "refusal",
    ].map((c) => [c, null]),
  );
}
