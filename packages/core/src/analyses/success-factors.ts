import type { ColumnTable } from "arquero";
import { labelKey } from "../clean/label-key.js";
import { parseBoolean } from "../clean/parse-boolean.js";
import { readColumn } from "../columnar/read-column.js";
import { FAILURE_WORDS, SUCCESS_WORDS } from "../locales/recognition/outcome-words.js";
import { isFreeTextColumn } from "../privacy/is-free-text-column.js";
import { benjaminiHochberg } from "../stats/benjamini-hochberg.js";
import { firthLogistic } from "../stats/firth-logistic.js";
import { type ProportionInterval, wilsonInterval } from "../stats/wilson-interval.js";

/** Options of {@link successFactors}. */
export interface SuccessFactorsOptions {
  /** the words of each factor column (its header as read), by column name; default the column name */
  labels?: Readonly<Record<string, string>>;
  /** a score at or above this is a success; default half of the smallest scale (1, 5, 10, 20, 100) holding every score */
  threshold?: number;
  /** columns that are not factors, beyond the project's identity, outcome and dates */
  exclude?: readonly string[];
  /** most values a category factor may have (default 8); a column with more is left out */
  maxLevels?: number;
  /** confidence level (default 0.95) */
  level?: number;
}

/** How a factor enters: yes/no, one value of a category against the most frequent one, or a number per standard deviation. */
export type FactorKind = "binary" | "category" | "number";

/** One factor: success with and without it, and its odds ratio adjusted for the other factors. */
export interface FactorResult {
  /** the column */
  column: string;
  /** its words (the header as read) */
  label: string;
  kind: FactorKind;
  /** for a category, the value compared with `reference`; for a number, `"> median"` */
  level: string | null;
  reference: string | null;
  /** success rate of the projects with the factor (value = level, above the median) and without it */
  with: ProportionInterval;
  without: ProportionInterval;
  /** from the penalised regression on every factor at once; `null` when the model could not be fitted */
  oddsRatio: number | null;
  lower: number | null;
  upper: number | null;
  pValue: number | null;
  /** Benjamini–Hochberg adjusted p-value */
  adjusted: number | null;
  /** 1 = strongest evidence (smallest adjusted p-value, then largest effect) */
  rank: number | null;
  /** for a number: its standard deviation (the odds ratio is per standard deviation) */
  sd?: number;
}

/** What {@link successFactors} finds. */
export interface SuccessFactors {
  /** projects with a known outcome */
  projects: number;
  successes: number;
  /** projects in the regression (every factor known) */
  modelled: number;
  factors: FactorResult[];
  /** whether the penalised regression was fitted and converged */
  converged: boolean;
  /** columns of the model (one per binary or number factor, one per non-reference value of a category) */
  parameters: number;
  /** projects needed for ten of the rarer outcome per parameter of the model (Peduzzi et al. 1996) */
  needed: number;
  /** how the outcome was read: words of success and failure, or a score and its threshold */
  outcome: { from: "outcome" | "score"; threshold?: number };
  /** columns left out and why */
  leftOut: { column: string; reason: "constant" | "too_many_levels" | "not_a_factor" }[];
}

const SUCCESS = new Set(SUCCESS_WORDS.map(labelKey));
const FAILURE = new Set(FAILURE_WORDS.map(labelKey));
const IDENTITY = new Set(["project_id", "project_name", "outcome", "score", "start_date", "end_date"]);
const SCALES = [1, 5, 10, 20, 100];

/** Success (1), failure (0) or unknown (null) of one outcome value (internal). */
function outcomeOf(value: unknown): 0 | 1 | null {
  const read = parseBoolean(value);
  if (read.ok && read.value !== null) return read.value ? 1 : 0;
  if (typeof value !== "string") return null;
  const key = labelKey(value);
  if (SUCCESS.has(key)) return 1;
  if (FAILURE.has(key)) return 0;
  return null;
}

function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

interface Column {
  column: string;
  kind: FactorKind;
  /** per project: 0/1, a number, or a category; null when missing */
  values: (number | string | null)[];
  levels?: string[];
}

/**
 * The factors of success and failure of a list of projects: for each factor, the share of projects
 * that succeeded with and without it (Wilson intervals), then one logistic regression of success on
 * every factor at once with Firth's penalty, with odds ratios, profile penalised-likelihood
 * intervals, penalised likelihood-ratio p-values, Benjamini–Hochberg adjusted p-values and a rank
 * by strength of evidence.
 *
 * Why: a network of projects wants to know what the projects that worked had in common. A few
 * dozen projects often separate perfectly on a factor (every project with a paid coordinator
 * succeeded); ordinary logistic regression then gives infinite odds ratios, Firth's penalty keeps
 * them finite (Heinze & Schemper 2002). Adjusting the p-values for the number of factors keeps a
 * factor from looking strong only because many were tried. It shows association, not cause.
 *
 * @param projects - a clean `projects` table: `outcome` (success/failure words, yes/no) or `score`, and factor columns
 *   (yes/no, categories, numbers); every other column is a factor unless excluded
 * @param options - labels, score threshold, excluded columns, level
 * @returns the factors, ranked, with the counts they rest on
 * @throws RangeError when the table has neither an outcome nor a score column that can be read
 * @example
 * const result = successFactors(projects);
 * result.factors.find((f) => f.rank === 1)?.label // => "Coordinateur salarié"
 */
export function successFactors(projects: ColumnTable, options: SuccessFactorsOptions = {}): SuccessFactors {
  const names = projects.columnNames();
  const level = options.level ?? 0.95;
  const maxLevels = options.maxLevels ?? 8;
  const exclude = new Set(options.exclude ?? []);
  const n = projects.numRows();
  let y: (0 | 1 | null)[] = [];
  let outcome: SuccessFactors["outcome"] = { from: "outcome" };
  if (names.includes("outcome")) {
    const values = readColumn(projects, "outcome");
    y = Array.from({ length: n }, (_, i) => outcomeOf(values[i]));
  }
  if (!y.some((v) => v !== null) && names.includes("score")) {
    const values = readColumn(projects, "score");
    const scores = Array.from({ length: n }, (_, i) => {
      const v = values[i];
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    });
    const max = Math.max(...scores.filter((v): v is number => v !== null));
    const threshold = options.threshold ?? (SCALES.find((s) => max <= s) ?? max) / 2;
    y = scores.map((v) => (v === null ? null : v >= threshold ? 1 : 0));
    outcome = { from: "score", threshold };
  }
  if (!y.some((v) => v !== null))
    throw new RangeError("successFactors: needs an outcome (success or failure) or a score column");
  const known = y.flatMap((v, i) => (v === null ? [] : [i]));
  const successes = known.filter((i) => y[i] === 1).length;
  const leftOut: SuccessFactors["leftOut"] = [];
  const columns: Column[] = [];
  for (const column of names) {
    if (IDENTITY.has(column) || column.startsWith("_") || column.endsWith("_status") || exclude.has(column)) continue;
    const raw = readColumn(projects, column);
    const values = known.map((i) => raw[i]);
    const filled = values.filter((v) => v !== null && v !== undefined && v !== "");
    // free text (notes, comments) is never a factor: its values would be published as categories
    const header = options.labels?.[column] ?? column;
    if (
      filled.length === 0 ||
      filled.some((v) => v instanceof Date) ||
      isFreeTextColumn(column, raw) ||
      isFreeTextColumn(header)
    ) {
      leftOut.push({ column, reason: "not_a_factor" });
      continue;
    }
    const booleans = filled.map((v) => parseBoolean(v));
    if (booleans.every((b) => b.ok && b.value !== null)) {
      const coded = values.map((v) => {
        const b = parseBoolean(v);
        return b.ok && b.value !== null ? (b.value ? 1 : 0) : null;
      });
      if (new Set(coded.filter((v) => v !== null)).size < 2) leftOut.push({ column, reason: "constant" });
      else columns.push({ column, kind: "binary", values: coded });
      continue;
    }
    if (filled.every((v) => typeof v === "number" && Number.isFinite(v))) {
      const nums = values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
      if (new Set(nums.filter((v) => v !== null)).size < 2) leftOut.push({ column, reason: "constant" });
      else columns.push({ column, kind: "number", values: nums });
      continue;
    }
    const texts = values.map((v) => (v === null || v === undefined || v === "" ? null : String(v)));
    const counts = new Map<string, number>();
    for (const t of texts) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
    if (counts.size < 2) leftOut.push({ column, reason: "constant" });
    else if (counts.size > maxLevels) leftOut.push({ column, reason: "too_many_levels" });
    else {
      // the most frequent value is the reference (ties: alphabetical)
      const levels = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
      columns.push({ column, kind: "category", values: texts, levels });
    }
  }
  const outcomes = known.map((i) => y[i] as 0 | 1);
  const rate = (pick: (j: number) => boolean): ProportionInterval => {
    let s = 0;
    let total = 0;
    for (let j = 0; j < outcomes.length; j++) {
      if (!pick(j)) continue;
      total++;
      s += outcomes[j] as number;
    }
    return wilsonInterval(s, total, level);
  };
  // one factor per model column
  const factors: FactorResult[] = [];
  const design: ((j: number) => number | null)[] = [];
  const label = (c: string): string => options.labels?.[c] ?? c;
  for (const c of columns) {
    if (c.kind === "binary") {
      factors.push({
        ...blank(c.column, label(c.column), "binary", null, null),
        with: rate((j) => c.values[j] === 1),
        without: rate((j) => c.values[j] === 0),
      });
      design.push((j) => c.values[j] as number | null);
    } else if (c.kind === "number") {
      const nums = c.values.filter((v): v is number => v !== null);
      const med = medianOf(nums);
      factors.push({
        ...blank(c.column, label(c.column), "number", "> median", "<= median"),
        with: rate((j) => c.values[j] !== null && (c.values[j] as number) > med),
        without: rate((j) => c.values[j] !== null && (c.values[j] as number) <= med),
      });
      // standardised below, over the projects of the model
      design.push((j) => c.values[j] as number | null);
    } else {
      const [reference, ...others] = c.levels as string[];
      for (const value of others) {
        factors.push({
          ...blank(c.column, label(c.column), "category", value, reference as string),
          with: rate((j) => c.values[j] === value),
          without: rate((j) => c.values[j] !== null && c.values[j] !== value),
        });
        design.push((j) => (c.values[j] === null ? null : c.values[j] === value ? 1 : 0));
      }
    }
  }
  const rows: number[][] = [];
  const ys: number[] = [];
  for (let j = 0; j < outcomes.length; j++) {
    const row = design.map((f) => f(j));
    if (row.some((v) => v === null)) continue;
    rows.push(row as number[]);
    ys.push(outcomes[j] as number);
  }
  // numbers enter per standard deviation of the projects in the model
  factors.forEach((f, c) => {
    if (f.kind !== "number" || rows.length < 2) return;
    const mean = rows.reduce((a, r) => a + (r[c] as number), 0) / rows.length;
    const sd = Math.sqrt(rows.reduce((a, r) => a + ((r[c] as number) - mean) ** 2, 0) / (rows.length - 1));
    f.sd = sd;
    for (const r of rows) r[c] = sd > 0 ? ((r[c] as number) - mean) / sd : 0;
  });
  let converged = false;
  if (factors.length > 0 && rows.length > factors.length + 1) {
    try {
      const fit = firthLogistic(rows, ys, { level, names: factors.map((f) => f.column) });
      converged = fit.converged;
      const coefs = fit.coefficients.slice(1);
      const adjusted = benjaminiHochberg(coefs.map((c) => c.pValue));
      coefs.forEach((c, i) => {
        const f = factors[i] as FactorResult;
        f.oddsRatio = c.oddsRatio;
        f.lower = c.oddsLower;
        f.upper = c.oddsUpper;
        f.pValue = c.pValue;
        f.adjusted = adjusted[i] ?? null;
      });
      const order = factors
        .map((f, i) => ({ f, i }))
        .sort(
          (a, b) =>
            (a.f.adjusted as number) - (b.f.adjusted as number) ||
            (a.f.pValue as number) - (b.f.pValue as number) ||
            Math.abs(Math.log(b.f.oddsRatio as number)) - Math.abs(Math.log(a.f.oddsRatio as number)),
        );
      order.forEach(({ f }, r) => {
        f.rank = r + 1;
      });
    } catch {
      // a singular design (a factor that copies another): the rates stand, the model is not shown
      converged = false;
    }
  }
  const rarer = Math.min(successes, known.length - successes) / Math.max(1, known.length);
  const needed = rarer > 0 ? Math.ceil((10 * Math.max(1, factors.length)) / rarer) : Number.NaN;
  return {
    projects: known.length,
    successes,
    modelled: rows.length,
    factors,
    converged,
    parameters: factors.length,
    needed,
    outcome,
    leftOut,
  };
}

function blank(
  column: string,
  label: string,
  kind: FactorKind,
  level: string | null,
  reference: string | null,
): Omit<FactorResult, "with" | "without"> {
  return {
    column,
    label,
    kind,
    level,
    reference,
    oddsRatio: null,
    lower: null,
    upper: null,
    pValue: null,
    adjusted: null,
    rank: null,
  };
}
