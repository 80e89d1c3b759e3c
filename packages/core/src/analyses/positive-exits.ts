import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { newcombeInterval } from "../stats/newcombe-interval.js";
import { wilsonInterval } from "../stats/wilson-interval.js";
import { AnalysisError } from "./analysis-error.js";
import { normaliseLabel, type OutcomeColumns, programmeAndControl, readPanel } from "./outcome-panel.js";
import { type CommonOptions, excludedWarning, privacyParameters, protectRows } from "./shared.js";

/**
 * Default positive exit categories and the words that name them (compared without case or accents, word by word):
 * a job, a training course, housing. A label with a negation ("sans emploi", "no housing") is not positive.
 */
export const DEFAULT_EXIT_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  job: [
    "emploi",
    "cdi",
    "cdd",
    "interim",
    "embauche",
    "embauchee",
    "contrat",
    "job",
    "employment",
    "employed",
    "work",
    "hired",
  ],
  training: [
    "formation",
    "apprentissage",
    "alternance",
    "etudes",
    "stage",
    "training",
    "education",
    "school",
    "apprenticeship",
    "studies",
  ],
  housing: ["logement", "loge", "logee", "reloge", "relogee", "relogement", "housing", "housed", "rehoused", "tenancy"],
};

const NEGATIONS = new Set([
  "sans",
  "pas",
  "aucun",
  "aucune",
  "non",
  "no",
  "not",
  "without",
  "none",
  "unemployed",
  "perte",
  "lost",
]);

/** Options of {@link positiveExits}. */
export interface PositiveExitsOptions extends CommonOptions {
  /** column names (defaults of an `outcomes` table; the exit situation is `outcome`) */
  columns?: OutcomeColumns;
  /** positive categories: id → words naming it; default {@link DEFAULT_EXIT_CATEGORIES} (job, training, housing) */
  categories?: Record<string, readonly string[]>;
  /** months of each wave label; default the median gap between baseline and follow-up dates */
  waveMonths?: Record<string, number>;
  /** the programme arm (arm a of the comparison); default the one arm not named like a control */
  programmeArm?: string;
  /** the control arm (arm b); default the arm named like a control */
  controlArm?: string;
  /** confidence level, default 0.95 */
  level?: number;
  /**
   * The record key of a person (cell-key method): with it, each row of `exits` also gives
   * `recorded_key` and `positive_key`, the sums (mod 256) of the keys of the people it counts
   */
  recordKey?: (person: string) => number | undefined;
}

/** Tables of {@link positiveExits}. */
export interface PositiveExitsTables extends Record<string, ColumnTable> {
  /**
   * One row per arm and wave where exits are recorded: `arm`, `wave`, `horizon_months`, `enrolled` (people of the arm),
   * `recorded` (with an exit situation at that wave), `positive`, `rate` (positive / recorded), `lower`, `upper`
   * (Wilson), `small_n`, with statuses.
   */
  exits: ColumnTable;
  /**
   * One row per arm, wave and category (each positive category, `"positive"` for a yes/no column, then `"other"`):
   * `arm`, `wave`, `category`, `people`, with its status.
   */
  by_category: ColumnTable;
  /**
   * With two arms or more, one row per wave: `wave`, `horizon_months`, `arm_a`, `arm_b`, `n_a`, `n_b` (recorded),
   * `difference` (rate a − rate b), `lower`, `upper` (Newcombe hybrid score), with statuses.
   */
  comparison: ColumnTable;
}

/** The category of an exit label, or "other" (internal). */
function categoryOf(value: unknown, categories: Record<string, readonly string[]>): string {
  if (value === true || value === 1) return "positive";
  if (typeof value !== "string") return "other";
  const words = normaliseLabel(value).split(" ");
  if (words.some((w) => NEGATIONS.has(w))) return "other";
  for (const [id, names] of Object.entries(categories)) {
    for (const name of names) {
      const target = normaliseLabel(name).split(" ");
      for (let i = 0; i + target.length <= words.length; i++) {
        if (target.every((t, j) => words[i + j] === t)) return id;
      }
    }
  }
  return "other";
}

/**
 * Positive exits: the share of people leaving to a job, a training course or housing (configurable
 * categories), per arm and follow-up wave, with Wilson intervals and the Newcombe interval of the
 * difference between the programme and the control arm.
 *
 * Why: "80 % find a job within 6 months" is the figure programmes are asked for; it needs its
 * numerator, its denominator (people whose situation is recorded, beside everyone enrolled), its
 * interval, and the control arm next to it. Each person counts once per wave.
 *
 * @param table - cleaned `outcomes` table with `person_id`, `followup_wave`, `outcome` (the exit situation) and optionally `arm`
 * @param options - columns, categories, waveMonths, programmeArm, controlArm, level, privacy, smallN
 * @returns a {@link Result} with `tables.exits`, `tables.by_category` and, for two arms, `tables.comparison`; `n` = people with a recorded exit
 * @throws AnalysisError `analyses.missing_column`, `analyses.identifier_breakdown`, `analyses.bad_option` for empty categories
 * @example
 * positiveExits(outcomes).tables.exits.objects()[0]
 * // => { arm: "Accompagné", wave: "3", recorded: 47, positive: 40, rate: 0.851, lower: 0.723, upper: 0.926, ... }
 */
export function positiveExits(table: ColumnTable, options: PositiveExitsOptions = {}): Result<PositiveExitsTables> {
  const fn = "positiveExits";
  const level = options.level ?? 0.95;
  const smallN = options.smallN ?? 30;
  const categories = options.categories ?? DEFAULT_EXIT_CATEGORIES;
  if (Object.keys(categories).length === 0 || Object.values(categories).some((w) => w.length === 0))
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "categories must name at least one word each",
    });
  const panel = readPanel(table, fn, {
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.waveMonths ? { waveMonths: options.waveMonths } : {}),
    needScores: false,
  });
  if (!table.columnNames().includes(panel.columns.exit))
    throw new AnalysisError("analyses.missing_column", { function: fn, column: panel.columns.exit });
  const enrolled = new Map<string, number>();
  for (const arm of panel.armOf.values()) enrolled.set(arm, (enrolled.get(arm) ?? 0) + 1);
  // arm → wave → category → people
  const tally = new Map<string, Map<string, Map<string, number>>>();
  // the same, for the sums (mod 256) of the record keys of those people (cell-key method)
  const keySums = new Map<string, number>();
  const keyOf = options.recordKey;
  const recordedPeople = new Set<string>();
  // a yes/no exit column (true = positive) gives the category "positive"
  let sawYes = false;
  for (const [who, byWave] of panel.exits) {
    const arm = panel.armOf.get(who) ?? "";
    for (const [wave, label] of byWave) {
      recordedPeople.add(who);
      const category = categoryOf(label, categories);
      let w = tally.get(arm);
      if (!w) {
        w = new Map();
        tally.set(arm, w);
      }
      let c = w.get(wave);
      if (!c) {
        c = new Map();
        w.set(wave, c);
      }
      if (category === "positive") sawYes = true;
      c.set(category, (c.get(category) ?? 0) + 1);
      if (keyOf) {
        const k = `${arm}\u0000${wave}\u0000${category}`;
        keySums.set(k, ((keySums.get(k) ?? 0) + (keyOf(who) ?? 0)) % 256);
      }
    }
  }
  const ids = [...Object.keys(categories), ...(sawYes ? ["positive"] : []), "other"];
  const waves = panel.waves.filter((wave) => [...tally.values()].some((w) => w.has(wave)));
  const exitRows: Record<string, unknown>[] = [];
  const categoryRows: Record<string, unknown>[] = [];
  const stats = new Map<string, { recorded: number; positive: number }>();
  for (const arm of panel.arms) {
    for (const wave of waves) {
      const c = tally.get(arm)?.get(wave) ?? new Map<string, number>();
      let recorded = 0;
      let positive = 0;
      let recordedKey = 0;
      let positiveKey = 0;
      for (const id of ids) {
        const people = c.get(id) ?? 0;
        const key = keySums.get(`${arm}\u0000${wave}\u0000${id}`) ?? 0;
        recorded += people;
        recordedKey = (recordedKey + key) % 256;
        if (id !== "other") {
          positive += people;
          positiveKey = (positiveKey + key) % 256;
        }
        categoryRows.push({ arm, wave, category: id, people });
      }
      stats.set(`${arm}\u0000${wave}`, { recorded, positive });
      const w = wilsonInterval(positive, recorded, level);
      const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);
      exitRows.push({
        arm,
        wave,
        horizon_months: panel.horizon.get(wave) ?? null,
        enrolled: enrolled.get(arm) ?? 0,
        recorded,
        positive,
        rate: fin(w.estimate),
        lower: fin(w.lower),
        upper: fin(w.upper),
        small_n: recorded < smallN,
        ...(keyOf ? { recorded_key: recordedKey, positive_key: positiveKey } : {}),
      });
    }
  }
  const suppressed: SuppressedCell[] = [];
  const exitNames = [
    "arm",
    "wave",
    "horizon_months",
    "enrolled",
    "recorded",
    "positive",
    "rate",
    "lower",
    "upper",
    "small_n",
    ...(keyOf ? ["recorded_key", "positive_key"] : []),
  ];
  const exits = protectRows(
    makeTable(Object.fromEntries(exitNames.map((c) => [c, exitRows.map((r) => r[c] ?? null)]))),
    {
      name: "exits",
      counts: ["enrolled", "recorded", "positive"],
      bases: { rate: "recorded", lower: "recorded", upper: "recorded" },
      derived: { rate: "positive" },
    },
    options.privacy,
    suppressed,
  );
  const catNames = ["arm", "wave", "category", "people"];
  const byCategory = protectRows(
    makeTable(Object.fromEntries(catNames.map((c) => [c, categoryRows.map((r) => r[c] ?? null)]))),
    { name: "by_category", counts: ["people"] },
    options.privacy,
    suppressed,
  );
  const tables: Record<string, ColumnTable> = { exits, by_category: byCategory };
  const { programme, control } = programmeAndControl(panel.arms, options.programmeArm, options.controlArm);
  if (panel.arms.length >= 2) {
    const a = programme ?? (panel.arms[0] as string);
    const b = control !== null && control !== a ? control : (panel.arms.find((x) => x !== a) as string);
    const rows: Record<string, unknown>[] = [];
    for (const wave of waves) {
      const sa = stats.get(`${a}\u0000${wave}`) ?? { recorded: 0, positive: 0 };
      const sb = stats.get(`${b}\u0000${wave}`) ?? { recorded: 0, positive: 0 };
      if (sa.recorded === 0 || sb.recorded === 0) continue;
      const d = newcombeInterval(sa.positive, sa.recorded, sb.positive, sb.recorded, level);
      rows.push({
        wave,
        horizon_months: panel.horizon.get(wave) ?? null,
        arm_a: a,
        arm_b: b,
        n_a: sa.recorded,
        n_b: sb.recorded,
        n_min: Math.min(sa.recorded, sb.recorded),
        difference: d.difference,
        lower: d.lower,
        upper: d.upper,
      });
    }
    const names = ["wave", "horizon_months", "arm_a", "arm_b", "n_a", "n_b", "n_min", "difference", "lower", "upper"];
    const compared = protectRows(
      makeTable(Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)]))),
      { name: "comparison", counts: ["n_a", "n_b"], bases: { difference: "n_min", lower: "n_min", upper: "n_min" } },
      options.privacy,
      suppressed,
    );
    tables.comparison = compared.select(compared.columnNames().filter((c) => c !== "n_min"));
  }
  const warnings: Issue[] = [
    ...excludedWarning(panel.noPerson, "person", fn),
    {
      code: "analyses.exit_categories",
      severity: "info",
      params: { categories: Object.keys(categories).join(", ") },
    },
  ];
  return {
    kind: "positiveExits",
    tables: tables as PositiveExitsTables,
    n: recordedPeople.size,
    unit: "person",
    method: tables.comparison ? "wilson+newcombe" : "wilson",
    parameters: {
      ...panel.columns,
      categories,
      programmeArm: programme,
      controlArm: control,
      horizons: Object.fromEntries(panel.horizon),
      level,
      smallN,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
