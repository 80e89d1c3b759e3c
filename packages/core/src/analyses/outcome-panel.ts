import type { ColumnTable } from "arquero";
import { CONTROL_ARM_WORDS } from "../locales/recognition/control-arm-words.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf } from "./period-of.js";
import { assertNotIdentifier, columnOf, numberOf, optionalColumn, personKey } from "./shared.js";

/** Column names of an outcomes table (one row per person, measure and follow-up wave); each can be overridden. */
export interface OutcomeColumns {
  /** person identifier, default `"person_id"` */
  person?: string;
  /** measure name, default `"measure"` (absent: one measure) */
  measure?: string;
  /** arm, default `"arm"` (absent: one arm) */
  arm?: string;
  /** follow-up wave, default `"followup_wave"` */
  wave?: string;
  /** baseline score, default `"baseline_value"` */
  before?: string;
  /** follow-up score, default `"followup_value"` */
  after?: string;
  /** baseline date, default `"baseline_date"` (gives each wave's horizon in months) */
  beforeDate?: string;
  /** follow-up date, default `"followup_date"` */
  afterDate?: string;
  /** exit situation, default `"outcome"` */
  exit?: string;
}

/** One person's data for one measure (internal). */
interface PanelPerson {
  arm: string;
  baseline: number | null;
  followups: Map<string, number>;
}

/** An outcomes table read per measure, person and wave (internal). */
export interface Panel {
  /** measure → person → data */
  measures: Map<string, Map<string, PanelPerson>>;
  /** waves in order of their number */
  waves: string[];
  /** arms in alphabetical order ("" when there is no arm column) */
  arms: string[];
  /** person → arm */
  armOf: Map<string, string>;
  /** person → wave → exit label (last non-empty in table order) */
  exits: Map<string, Map<string, unknown>>;
  /** wave → months between baseline and follow-up (median over rows, rounded), null when dates are missing */
  horizon: Map<string, number | null>;
  /** rows without a person identifier */
  noPerson: number;
  columns: Required<OutcomeColumns>;
}

/** The number in a follow-up wave label ("2", "V2", "vague 2", "12 mois"), or NaN (internal). */
function waveNumber(value: string): number {
  const m = /(\d+(?:[.,]\d+)?)/.exec(value);
  return m?.[1] ? Number(m[1].replace(",", ".")) : Number.NaN;
}

/** Reads an outcomes table into a panel (internal). */
export function readPanel(
  table: ColumnTable,
  fn: string,
  options: { columns?: OutcomeColumns; waveMonths?: Record<string, number>; needScores?: boolean },
): Panel {
  const c: Required<OutcomeColumns> = {
    person: options.columns?.person ?? "person_id",
    measure: options.columns?.measure ?? "measure",
    arm: options.columns?.arm ?? "arm",
    wave: options.columns?.wave ?? "followup_wave",
    before: options.columns?.before ?? "baseline_value",
    after: options.columns?.after ?? "followup_value",
    beforeDate: options.columns?.beforeDate ?? "baseline_date",
    afterDate: options.columns?.afterDate ?? "followup_date",
    exit: options.columns?.exit ?? "outcome",
  };
  assertNotIdentifier(c.arm, fn, c.person);
  assertNotIdentifier(c.measure, fn, c.person);
  const persons = columnOf(table, c.person, fn);
  const waves = columnOf(table, c.wave, fn);
  const befores = options.needScores === false ? null : columnOf(table, c.before, fn);
  const afters = options.needScores === false ? null : columnOf(table, c.after, fn);
  const measures = optionalColumn(table, c.measure);
  const arms = optionalColumn(table, c.arm);
  const exits = optionalColumn(table, c.exit);
  const beforeDates = optionalColumn(table, c.beforeDate);
  const afterDates = optionalColumn(table, c.afterDate);
  const panel: Panel = {
    measures: new Map(),
    waves: [],
    arms: [],
    armOf: new Map(),
    exits: new Map(),
    horizon: new Map(),
    noPerson: 0,
    columns: c,
  };
  const waveSet = new Set<string>();
  const gaps = new Map<string, number[]>();
  for (let i = 0; i < table.numRows(); i++) {
    const who = personKey(persons[i]);
    if (who === null) {
      panel.noPerson++;
      continue;
    }
    const armValue = arms === null ? "" : arms[i];
    const arm = armValue === null || armValue === undefined ? "" : String(armValue).trim();
    if (!panel.armOf.has(who) || (panel.armOf.get(who) === "" && arm !== "")) panel.armOf.set(who, arm);
    const w = waves[i];
    const wave = w === null || w === undefined ? "" : String(w).trim();
    if (wave !== "") waveSet.add(wave);
    if (exits !== null && wave !== "") {
      const e = exits[i];
      if (e !== null && e !== undefined && e !== "") {
        let byWave = panel.exits.get(who);
        if (!byWave) {
          byWave = new Map();
          panel.exits.set(who, byWave);
        }
        byWave.set(wave, e);
      }
    }
    if (wave !== "") {
      const d0 = beforeDates === null ? null : dayOf(beforeDates[i]);
      const d1 = afterDates === null ? null : dayOf(afterDates[i]);
      if (d0 !== null && d1 !== null) {
        let list = gaps.get(wave);
        if (!list) {
          list = [];
          gaps.set(wave, list);
        }
        list.push((d1 - d0) / (365.25 / 12));
      }
    }
    if (befores === null || afters === null) continue;
    const m = measures === null ? "" : measures[i];
    const measure = m === null || m === undefined ? "" : String(m);
    let people = panel.measures.get(measure);
    if (!people) {
      people = new Map();
      panel.measures.set(measure, people);
    }
    let entry = people.get(who);
    if (!entry) {
      entry = { arm, baseline: null, followups: new Map() };
      people.set(who, entry);
    }
    const b = numberOf(befores[i]);
    if (b !== null) entry.baseline = b;
    const f = numberOf(afters[i]);
    if (f !== null && wave !== "") {
      entry.followups.set(wave, f);
    }
  }
  for (const people of panel.measures.values()) for (const [who, p] of people) p.arm = panel.armOf.get(who) ?? p.arm;
  panel.waves = [...waveSet].sort((a, b) => {
    const x = waveNumber(a);
    const y = waveNumber(b);
    if (Number.isNaN(x) || Number.isNaN(y) || x === y) return a < b ? -1 : a > b ? 1 : 0;
    return x - y;
  });
  panel.arms = [...new Set(panel.armOf.values())].sort();
  for (const wave of panel.waves) {
    const given = options.waveMonths?.[wave];
    if (given !== undefined) {
      if (!(given >= 0 && Number.isFinite(given)))
        throw new AnalysisError("analyses.bad_option", { function: fn, detail: "waveMonths must be months ≥ 0" });
      panel.horizon.set(wave, given);
      continue;
    }
    const list = (gaps.get(wave) ?? []).sort((a, b) => a - b);
    if (list.length === 0) panel.horizon.set(wave, null);
    else {
      const mid = list.length >> 1;
      const median = list.length % 2 ? (list[mid] as number) : ((list[mid - 1] as number) + (list[mid] as number)) / 2;
      panel.horizon.set(wave, Math.round(median));
    }
  }
  return panel;
}

/** Lower case, accents removed, punctuation as spaces (internal). */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The programme and control arms: as given, or the one arm that is not named like a control (internal). */
export function programmeAndControl(
  arms: string[],
  programme: string | undefined,
  control: string | undefined,
): { programme: string | null; control: string | null } {
  const isControl = (a: string): boolean => {
    const key = ` ${normaliseLabel(a)} `;
    return CONTROL_ARM_WORDS.some((w) => key.includes(` ${w} `));
  };
  const controls = control !== undefined ? arms.filter((a) => a === control) : arms.filter(isControl);
  const c = controls.length === 1 ? (controls[0] as string) : null;
  if (programme !== undefined) return { programme: arms.includes(programme) ? programme : null, control: c };
  const others = arms.filter((a) => a !== c && a !== "");
  if (others.length === 1) return { programme: others[0] as string, control: c };
  return { programme: null, control: c };
}

/** The main wave: as given, else the one whose horizon is nearest `months` (default 12), else the last (internal). */
export function mainWaveOf(panel: Panel, wave: string | undefined, months: number | undefined): string | null {
  if (wave !== undefined) return panel.waves.includes(wave) ? wave : null;
  const target = months ?? 12;
  let best: string | null = null;
  let gap = Number.POSITIVE_INFINITY;
  for (const w of panel.waves) {
    const h = panel.horizon.get(w);
    if (h === null || h === undefined) continue;
    if (Math.abs(h - target) < gap) {
      gap = Math.abs(h - target);
      best = w;
    }
  }
  return best ?? panel.waves[panel.waves.length - 1] ?? null;
}
