import type { ColumnTable } from "arquero";
import { escape as aqEscape } from "arquero";
import type { Signal } from "../analyses/detect-signals.js";
import type { ValuationPreset } from "../analyses/valuation-presets.js";
import { applyPersonIds } from "../clean/apply-person-ids.js";
import type { SchemaName } from "../clean/schemas.js";
import { readColumn } from "../columnar/read-column.js";
import type { MessageCode } from "../locales/en.js";
import type { CodeTail } from "../messages/code-tail.js";
import { isMessageCode } from "../messages/is-message-code.js";
import type { Issue } from "../messages/issue.js";
import { linkPeople } from "../pipeline/link-people.js";
import type { PreparedTable } from "../pipeline/prepare-table.js";
import { P_TABLE } from "../privacy/p-table.js";
import { privacyDefaults } from "../privacy/privacy-defaults.js";
import type { PrivacyProfile, SuppressedCell, SuppressionRule } from "../privacy/types.js";
import { beneficiaryIndicators } from "./beneficiary-indicators.js";
import { factorIndicators } from "./factor-indicators.js";
import { groupCensusIndicators } from "./group-census-indicators.js";
import { outcomeIndicators } from "./outcome-indicators.js";
import { type CellKeys, rowIdentities } from "./prepare-cell-keys.js";
import { protectBase } from "./protect-base.js";
import { type CellKeyContext, has, type IndicatorPrivacy, perturbedCount } from "./shared.js";
import { type SignalSection, signalIndicators } from "./signal-indicators.js";
import { siteIndicators } from "./site-indicators.js";
import { territoryIndicators } from "./territory-indicators.js";
import type { CellStatus, SectionIndicators } from "./types.js";
import { volunteerIndicators } from "./volunteer-indicators.js";

/** The sections whose numbers core computes. */
export const IndicatorSection = {
  volunteers: "volunteers",
  beneficiaries: "beneficiaries",
  territory: "territory",
  outcomes: "outcomes",
  sites: "sites",
  /** the census of local groups: active and inactive, by country, commune and year */
  groups: "groups",
  signals: "signals",
  factors: "factors",
} as const;
export type IndicatorSection = (typeof IndicatorSection)[keyof typeof IndicatorSection];

/** Options of {@link computeIndicators}. */
export interface ComputeIndicatorsOptions {
  /** Privacy profile (default `"public"`); its threshold k applies unless `k` is given. */
  privacy?: PrivacyProfile;
  /** Threshold of small-cell suppression (at least 5). */
  k?: number;
  /** The period: a year (`"2025"`) or inclusive ISO dates; default: every date in the files. */
  period?: string | { from: string; to: string };
  /** Hourly rate of volunteer time: euros, or a preset. Default `"fr-smic-gross"`. */
  hourlyRate?: number | ValuationPreset;
  /** "Today", for plausibility rules on dates. Default: now. */
  now?: Date;
  /** The sections to compute; default all. */
  sections?: readonly IndicatorSection[];
  /** The census of local groups: a group is active when it acted in the last `activeWithinMonths` months of the period (default 12). */
  groups?: { activeWithinMonths?: number };
  /**
   * The record keys of the files (from {@link prepareCellKeys}, under the organisation's key). Given,
   * every published count of people and visits of the volunteers, beneficiaries and territory
   * sections is perturbed by the ONS cell-key method after suppression (at most ±2, never below k,
   * the same people always giving the same value); without them the counts are exact.
   */
  cellKeys?: CellKeys;
}

/** How a report's figures are protected: the method text of every report says it. */
export interface Protection {
  /** `"exact"`: counts as they are (suppressed below k); `"cell-key"`: counts perturbed by the cell-key method */
  method: "exact" | "cell-key";
  /** threshold: counts of people from 1 to k − 1 are hidden */
  k: number;
  /** fewest people behind a published sum (hours, amounts) */
  minContributors: number;
  /** a sum is hidden when one contributor holds more than this share of it */
  dominance: number;
  /** the one status every hidden cell has in a public output */
  label: "suppressed";
  /** largest change the cell-key method makes to a count (its p-table), `null` when exact */
  maxChange: number | null;
  /** counts of at least k the method applied to in this report */
  cells: number;
  /** mean absolute change of those counts (people or visits), `null` when exact or no cell */
  meanAbsoluteChange: number | null;
  /** share of those counts that changed, `null` when exact or no cell */
  shareChanged: number | null;
}

/** Every number a report publishes, by section, and what they rest on. */
export interface Indicators {
  /** The period covered (ISO dates, inclusive): the one asked for, else the span of the dates in the files. */
  period: { from: string; to: string } | null;
  /** The span of the activity and visit dates the files hold, whatever the period asked for. */
  covered: { from: string; to: string } | null;
  privacy: { profile: PrivacyProfile; k: number };
  sections: SectionIndicators[];
  /** Sections that could not be computed, with the reason as an issue (`indicators.section_skipped`). */
  skipped: Issue[];
  /** Every hidden cell of every section. */
  suppressed: SuppressedCell[];
  /**
   * People found registered under two identifiers (record linkage of the register: see `linkPeople`),
   * counted once everywhere: how many identifiers were joined, into how many people, and how.
   */
  people: {
    identifiersJoined: number | null;
    /** rows of the register, and the distinct people they are once linked */
    records: number;
    people: number | null;
    method: "fellegi-sunter" | "exact-rules" | null;
  };
  /** How the figures are protected (threshold, contributors, dominance, label, exact or perturbed and by how much). */
  protection: Protection;
  /** How many cells were hidden, over every section. */
  hidden: number;
  /**
   * Weak signals of the monthly figures (see `signalIndicators`): none rests on a hidden cell or
   * shows a small count. Empty when the signals section is not computed.
   */
  signals: Signal[];
  /** How many cells each privacy rule hid (internal profile only: a public report does not say which rule hid what). */
  hiddenByRule: Partial<Record<SuppressionRule, number>>;
}

/** The column that carries each counted row's record key when a key is given (internal). */
const RECORD_KEY_COLUMN = "__record_key";

const dateColumn: Partial<Record<SchemaName, string>> = {
  volunteers: "activity_date",
  visits: "visit_date",
  outcomes: "followup_date",
};

/** The period as inclusive ISO dates (internal). */
export function periodRange(period: ComputeIndicatorsOptions["period"]): { from: string; to: string } | null {
  if (period === undefined) return null;
  if (typeof period === "string") return { from: `${period}-01-01`, to: `${period}-12-31` };
  return period;
}

function inPeriod(table: ColumnTable, column: string, range: { from: string; to: string }): ColumnTable {
  if (!table.columnNames().includes(column)) return table;
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  // materialised once: every indicator then reads the period's rows without a copy per read
  return table
    .filter(
      aqEscape((d: Record<string, unknown>) => {
        const v = d[column];
        return v instanceof Date && v.getTime() >= from && v.getTime() <= to;
      }),
    )
    .reify();
}

function dataRange(tables: readonly [ColumnTable, string][]): { from: string; to: string } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const [table, column] of tables) {
    if (!table.columnNames().includes(column)) continue;
    const values = readColumn(table, column);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v instanceof Date) {
        const t = v.getTime();
        if (t < min) min = t;
        if (t > max) max = t;
      }
    }
  }
  if (!Number.isFinite(min)) return null;
  return { from: new Date(min).toISOString().slice(0, 10), to: new Date(max).toISOString().slice(0, 10) };
}

/** The clean rows of every prepared file of a kind, in one table (internal). */
export function combinePrepared(files: readonly PreparedTable[], kind: SchemaName): ColumnTable | null {
  let out: ColumnTable | null = null;
  for (const f of files) {
    if (f.kind !== kind || !f.cleaned) continue;
    out = out === null ? f.cleaned.clean : out.concat(f.cleaned.clean);
  }
  return out;
}

/** Why a section was left out: the tail of one of the catalogue's `indicators.skipped.*` codes. */
type SkipReason = CodeTail<MessageCode, "indicators.skipped.">;

function reasonOf(error: unknown): Issue[] {
  const issue = (error as { issue?: Issue }).issue;
  if (issue && typeof issue.code === "string") return [issue];
  const issues = (error as { issues?: Issue[] }).issues;
  if (Array.isArray(issues)) return issues;
  const { code, params } = error as { code?: unknown; params?: Record<string, string | number> };
  // an error thrown by other code: its code is read from outside, so it is checked against the catalogue
  if (typeof code === "string" && isMessageCode(code))
    return [{ code, severity: "error", ...(params ? { params } : {}) }];
  throw error;
}

/** A section as a public output shows it: every hidden cell `"suppressed"`, whatever the rule (internal). */
function publicSection(section: SectionIndicators): SectionIndicators {
  const pub = (status: CellStatus): CellStatus => (status === "ok" ? "ok" : "suppressed");
  return {
    ...section,
    figures: section.figures.map((f) => ({ ...f, status: pub(f.status), nStatus: pub(f.nStatus) })),
    series: section.series.map((x) => ({ ...x, points: x.points.map((p) => ({ ...p, status: pub(p.status) })) })),
    tables: section.tables.map((t) => ({
      ...t,
      rows: t.rows.map((row) => row.map((c) => ({ ...c, status: pub(c.status) }))),
    })),
    suppressed: [],
  };
}

/**
 * Computes every number of a report from prepared files: the volunteers, beneficiaries, territory
 * and outcomes sections, each figure, series and table already protected by small-cell suppression.
 *
 * Why: a script or a notebook that calls {@link prepareTable} (or `prepareFile`) on the same files,
 * then this function with the report's settings, gets exactly the figures of `report.json`: same id,
 * value, n and status. The report only words and lays them out. In the public profile every hidden
 * cell has the one status `"suppressed"` and the list of suppressed cells is empty: a public output does
 * not tell which rule hid a cell (the internal profile keeps the rules).
 *
 * @param files - prepared files (any kinds; files of one kind are combined)
 * @param options - privacy, period, hourly rate, sections
 * @returns the indicators by section, the sections skipped and why, the period
 * @example
 * const indicators = computeIndicators([await prepareFile("benevoles.csv")], { period: "2025" });
 * indicators.sections[0].figures[0].id // => "volunteers.people"
 */
export function computeIndicators(files: readonly PreparedTable[], options: ComputeIndicatorsOptions = {}): Indicators {
  const profile = options.privacy ?? "public";
  const k = options.k ?? privacyDefaults(profile).k;
  const cellKeys: CellKeyContext | undefined = options.cellKeys
    ? { person: options.cellKeys.person, rowColumn: RECORD_KEY_COLUMN, log: [] }
    : undefined;
  const privacy: IndicatorPrivacy = { profile, k, ...(cellKeys ? { cellKeys } : {}) };
  const range = periodRange(options.period);
  // people registered twice under two numbers are one person in the register, the visits and the follow-ups
  const registerAll = combinePrepared(files, "beneficiaries");
  const links = registerAll ? linkPeople(registerAll) : null;
  const mapping = links?.mapping ?? {};
  const resolved = Object.keys(mapping).length > 0;
  const pick = (kind: SchemaName): ColumnTable | null => {
    let table = combinePrepared(files, kind);
    // each visit carries its record key, from its identity before any linkage or period cut
    if (table && options.cellKeys && kind === "visits") {
      const rows = options.cellKeys.row;
      const keys = rowIdentities(table).map((id) => rows.get(`${kind}\u001e${id}`) ?? 0);
      table = table.assign({ [RECORD_KEY_COLUMN]: keys });
    }
    if (
      table &&
      resolved &&
      (kind === "beneficiaries" || kind === "visits" || kind === "outcomes") &&
      table.columnNames().includes("person_id")
    )
      table = applyPersonIds(table, mapping).table;
    const column = dateColumn[kind];
    return table && range && column ? inPeriod(table, column, range) : table;
  };
  const volunteers = pick("volunteers");
  const register = pick("beneficiaries");
  const visits = pick("visits");
  const groups = pick("groups");
  const outcomes = pick("outcomes");
  const sites = pick("sites");
  const all = (kind: SchemaName, column: string): [ColumnTable, string][] => {
    const table = combinePrepared(files, kind);
    return table ? [[table, column]] : [];
  };
  const covered = dataRange([...all("volunteers", "activity_date"), ...all("visits", "visit_date")]);
  const period =
    range ??
    dataRange([
      ...(volunteers ? [[volunteers, "activity_date"] as [ColumnTable, string]] : []),
      ...(visits ? [[visits, "visit_date"] as [ColumnTable, string]] : []),
    ]);
  const wants = new Set<IndicatorSection>(options.sections ?? Object.values(IndicatorSection));
  const sections: SectionIndicators[] = [];
  const skipped: Issue[] = [];
  const attempt = (section: IndicatorSection, run: () => SectionIndicators | SkipReason): void => {
    if (!wants.has(section)) return;
    try {
      const result = run();
      if (typeof result === "string")
        skipped.push({ code: `indicators.skipped.${result}`, severity: "info", params: { section } });
      else sections.push(result);
    } catch (error) {
      const cause = reasonOf(error)[0];
      const column = cause?.params?.column;
      skipped.push({
        code: `indicators.failed.${section}`,
        severity: "warning",
        params: { section, ...(typeof column === "string" ? { column } : { column: "" }), cause: cause?.code ?? "" },
      });
    }
  };
  attempt("volunteers", () =>
    volunteers && volunteers.numRows() > 0
      ? volunteerIndicators(volunteers, {
          privacy,
          ...(options.now ? { now: options.now } : {}),
          ...(options.hourlyRate !== undefined ? { hourlyRate: options.hourlyRate } : {}),
        })
      : "no_volunteers",
  );
  attempt("beneficiaries", () =>
    register || visits ? beneficiaryIndicators(register, visits, { privacy }) : "no_beneficiaries",
  );
  attempt("territory", () => {
    const part = territoryIndicators(register, visits, groups, { privacy });
    return part.figures.length > 0 || part.series.length > 0 ? part : "no_places";
  });
  attempt("outcomes", () => {
    const part = outcomeIndicators(outcomes, { privacy });
    return part.tables.length > 0 ? part : "no_outcomes";
  });
  attempt("sites", () => (sites && sites.numRows() > 0 ? siteIndicators(sites) : "no_sites"));
  attempt("groups", () =>
    groups && groups.numRows() > 0
      ? groupCensusIndicators(groups, {
          period,
          ...(options.groups?.activeWithinMonths !== undefined
            ? { activeWithinMonths: options.groups.activeWithinMonths }
            : {}),
        })
      : "no_groups",
  );
  let signals: Signal[] = [];
  attempt("signals", () => {
    if (!has(visits, "visit_date") && !has(volunteers, "activity_date")) return "no_series";
    const part: SignalSection = signalIndicators(visits, volunteers, { privacy });
    signals = part.signals;
    return part.tested > 0 ? part : "no_series";
  });
  attempt("factors", () => {
    const projects = pick("projects");
    if (!projects || projects.numRows() === 0) return "no_projects";
    // a factor is named by its header as read in the file
    const labels: Record<string, string> = {};
    for (const f of files)
      if (f.kind === "projects")
        for (const c of f.cleaned?.recipe.columns ?? []) labels[c.field ?? c.header] ??= c.header;
    const part = factorIndicators(projects, { labels });
    return part.analysis.factors.length > 0 ? part : "no_projects";
  });
  const suppressed = sections.flatMap((s) => s.suppressed);
  const hiddenByRule: Partial<Record<SuppressionRule, number>> = {};
  if (profile === "internal")
    for (const cell of suppressed) hiddenByRule[cell.rule] = (hiddenByRule[cell.rule] ?? 0) + 1;
  const published = profile === "public" ? sections.map(publicSection) : sections;
  const peopleCount = (): number | null => {
    if (!links) return 0;
    const exact = protectBase(links.people, k).n;
    if (!cellKeys || !registerAll?.columnNames().includes("person_id")) return exact;
    const ids = Array.from(readColumn(registerAll, "person_id"))
      .filter((v) => v !== null && v !== undefined && String(v).trim() !== "")
      .map((v) => mapping[String(v)] ?? String(v).trim());
    return perturbedCount(exact, new Set(ids), privacy);
  };
  const defaults = privacyDefaults(profile);
  const log = cellKeys?.log ?? [];
  const changed = log.filter((c) => c.published !== c.exact).length;
  const protection: Protection = {
    method: cellKeys ? "cell-key" : "exact",
    k,
    minContributors: defaults.minContributors,
    dominance: defaults.dominance,
    label: "suppressed",
    maxChange: cellKeys ? P_TABLE.maxNoise : null,
    cells: log.length,
    meanAbsoluteChange:
      cellKeys && log.length > 0 ? log.reduce((a, c) => a + Math.abs(c.published - c.exact), 0) / log.length : null,
    shareChanged: cellKeys && log.length > 0 ? changed / log.length : null,
  };

  return {
    period,
    covered,
    privacy,
    // a count of people like any other: below k it is not said
    people: {
      identifiersJoined: protectBase(links?.joined ?? 0, k).n,
      records: links?.records ?? 0,
      people: peopleCount(),
      method: links?.method ?? null,
    },
    sections: published,
    skipped,
    suppressed: profile === "public" ? [] : suppressed,
    protection,
    hidden: suppressed.length,
    hiddenByRule,
    signals,
  };
}
