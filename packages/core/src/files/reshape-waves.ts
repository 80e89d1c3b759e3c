import { type ColumnTable, table as makeTable } from "arquero";
import { mapHeaders } from "../clean/map-headers.js";
import { parseNumber } from "../clean/parse-number.js";
import { isBlank } from "../clean/parsed.js";
import type { Issue } from "../messages/issue.js";
import { detectWaves, type WideSurvey } from "./detect-waves.js";
import { measureDirection } from "./measure-direction.js";
import type { Direction } from "./scale-directions.js";

/** Options of {@link reshapeWaves}. */
export interface ReshapeWavesOptions {
  /** the column identifying a person; found by its header and values when absent (else `rownames`, else the line) */
  id?: string;
  /** the wave columns, when {@link detectWaves} does not find them by itself */
  survey?: WideSurvey;
  /** the direction of each measure by name, over the known scales (see {@link measureDirection}) */
  directions?: Readonly<Record<string, Direction>>;
}

/** What {@link reshapeWaves} returns. */
export interface ReshapedWaves {
  /**
   * one row per person, measure and follow-up wave, in the shape of the `outcomes` schema: `person_id`,
   * `measure`, `baseline_value`, `followup_value` (null when the person did not answer that wave),
   * `followup_wave` (as written: "2m"), `followup_order` (months or rank), `direction` ("higher",
   * "lower" or null), then the other columns of the row (arm, descriptions) and `source_line` (the line
   * of the wide file the row comes from; the cleaning numbers the long rows itself)
   */
  table: ColumnTable;
  /** the wave columns used */
  survey: WideSurvey;
  /** the identifier column used, or `null` when rows were identified by their line */
  id: string | null;
  rowsIn: number;
  rowsOut: number;
  /** rows whose follow-up value is empty (drop-out, missed wave), kept with `followup_value` null */
  missingFollowups: number;
  /** `waves.reshaped` (info) and `waves.unknown_direction` (warning, per measure without a known direction) */
  issues: Issue[];
}

/**
 * Reshapes a wide follow-up survey (one row per person, one column per measure and wave:
 * `bdi.pre`, `bdi.2m` … `bdi.8m`) to one row per person, measure and follow-up wave, each with its
 * baseline value, so the outcome analyses (`prePost`, `outcomeRate`) read it as an `outcomes` table.
 * Every other column (arm, descriptions) is repeated on each row. A follow-up left empty is kept with
 * `followup_value` null, never dropped, so drop-out stays visible. The direction of each measure
 * comes from the user's `directions`, else the known scales (BDI lower, WEMWBS higher), else `null`
 * with a warning.
 *
 * @param table - the wide table (an ingested table, with `_line` or without)
 * @param options - identifier column, wave columns, directions
 * @returns the long table and what was done
 * @throws Error "reshapeWaves requires wave columns" when no measure has two waves and none were given
 * @example
 * reshapeWaves(aq.table({ id: ["a"], "bdi.pre": [20], "bdi.2m": [12] })).table.objects()[0]
 * // => { person_id: "a", measure: "bdi", baseline_value: 20, followup_value: 12, followup_wave: "2m", followup_order: 2, direction: "lower", source_line: 2 }
 */
export function reshapeWaves(table: ColumnTable, options: ReshapeWavesOptions = {}): ReshapedWaves {
  const names = table.columnNames();
  const survey = options.survey ?? detectWaves(names);
  if (survey === null || survey.measures.length === 0) {
    throw new Error("reshapeWaves requires wave columns: no measure has two waves (e.g. bdi.pre, bdi.2m)");
  }
  const n = table.numRows();
  const lines: ArrayLike<number> = names.includes("_line")
    ? (table.array("_line") as ArrayLike<number>)
    : Array.from({ length: n }, (_, i) => i + 2);
  let id: string | null = options.id ?? null;
  if (id === null) {
    const values: Record<string, ArrayLike<unknown>> = {};
    for (const h of survey.other) values[h] = table.array(h) as ArrayLike<unknown>;
    const found = mapHeaders(survey.other, "outcomes", {}, {}, { values }).matches.find((m) => m.field === "person_id");
    id = found?.header ?? (names.includes("rownames") ? "rownames" : null);
  }
  const idValues = id === null ? null : (table.array(id) as ArrayLike<unknown>);
  const kept = survey.other.filter((h) => h !== id);
  const keptValues = kept.map((h) => table.array(h) as ArrayLike<unknown>);

  const out: Record<string, unknown[]> = {
    person_id: [],
    measure: [],
    baseline_value: [],
    followup_value: [],
    followup_wave: [],
    followup_order: [],
    direction: [],
  };
  const extra = kept.map(() => [] as unknown[]);
  const sourceLine: number[] = [];
  const number = (v: unknown): number | null => {
    if (isBlank(v)) return null;
    const p = parseNumber(v);
    return p.ok ? p.value : null;
  };
  const issues: Issue[] = [];
  const directions = survey.measures.map((m) => measureDirection(m.measure, options.directions));
  survey.measures.forEach((m, k) => {
    if (directions[k] === null)
      issues.push({ code: "waves.unknown_direction", severity: "warning", params: { measure: m.measure } });
  });
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const raw = idValues?.[i];
    const person = idValues === null || isBlank(raw) ? `L${lines[i]}` : String(raw).trim();
    survey.measures.forEach((m, k) => {
      const base = m.columns.find((c) => c.baseline) ?? m.columns[0];
      if (base === undefined) return;
      const baseline = number(table.get(base.header, i));
      for (const c of m.columns) {
        if (c === base) continue;
        const followup = number(table.get(c.header, i));
        if (followup === null) missing++;
        out.person_id?.push(person);
        out.measure?.push(m.measure);
        out.baseline_value?.push(baseline);
        out.followup_value?.push(followup);
        out.followup_wave?.push(c.wave);
        out.followup_order?.push(Math.round(c.order * 100) / 100);
        out.direction?.push(directions[k]);
        kept.forEach((_, j) => {
          extra[j]?.push(keptValues[j]?.[i] ?? null);
        });
        sourceLine.push(lines[i] as number);
      }
    });
  }
  const columns: Record<string, unknown[]> = { ...out };
  kept.forEach((h, j) => {
    let name = h;
    while (Object.hasOwn(columns, name)) name = `${name}_original`;
    columns[name] = extra[j] as unknown[];
  });
  // not `_line`: several rows come from one line, and the cleaning takes `_line` as one row's own line
  columns.source_line = sourceLine;
  const rowsOut = sourceLine.length;
  const waveColumns = survey.measures.reduce((s, m) => s + m.columns.length, 0);
  issues.unshift({
    code: "waves.reshaped",
    severity: "info",
    params: { columns: waveColumns, measures: survey.measures.length, rows: rowsOut },
  });
  return {
    table: makeTable(columns),
    survey,
    id,
    rowsIn: n,
    rowsOut,
    missingFollowups: missing,
    issues,
  };
}
