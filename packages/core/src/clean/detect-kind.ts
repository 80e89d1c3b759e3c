import { detectWaves } from "../files/detect-waves.js";
import type { MessageCode } from "../locales/en.js";
import type { Issue } from "../messages/issue.js";
import { headerTokens } from "./header-tokens.js";
import { type HeaderMatch, mapHeaders } from "./map-headers.js";
import { type ColumnProfile, profileColumn } from "./profile-column.js";
import { SchemaName, schemaFields } from "./schemas.js";

/**
 * Below this score, the kind of a file is not taken as known: `clean`, `init` and `report` stop and
 * ask the user to choose (`--schema`, `files[].kind`). The score is the margin of the best kind over
 * the second: its lead in points over 4, at most 1 (see {@link detectKind}).
 */
export const KIND_THRESHOLD = 0.3;

/** One field a kind matched, as evidence for it. */
export interface KindEvidence {
  field: string;
  header: string;
  confidence: number;
  method: HeaderMatch["method"];
  /** value evidence code, when values were looked at */
  evidence?: MessageCode;
}

/** A penalty or bonus code of {@link KindCandidate}: one of the catalogue's `kind.*` codes. */
export type KindPenalty = Extract<MessageCode, "kind.no_anchor" | "kind.person_fields" | "kind.wide_survey">;

/** How one kind scored. */
export interface KindCandidate {
  kind: SchemaName;
  /** matched fields weighted by confidence (fields typical of the kind count double), after penalties */
  points: number;
  /** the fields it matched */
  matched: KindEvidence[];
  /**
   * penalty and bonus codes: `kind.no_anchor` (none of the fields that make this kind: points / 3),
   * `kind.person_fields` (a kind without people, a file with people: points / 2), `kind.wide_survey`
   * (outcomes: 2 points per measure with wave columns, see {@link detectWaves}; reshape with {@link reshapeWaves})
   */
  penalties: KindPenalty[];
}

/** What {@link detectKind} found. */
export interface KindDetection {
  /** the kind, or `null` when the score is below the threshold, two kinds tie, or nothing matched */
  kind: SchemaName | null;
  /** the best candidate even when it is not taken (for the refusal message) */
  best: SchemaName | null;
  /** from 0 (a tie, or nothing) to 1 (one kind, strongly evidenced) */
  score: number;
  /** the threshold the score was compared to */
  threshold: number;
  /** every kind with points, best first; equal points keep {@link SchemaName} order but then `kind` is `null` */
  candidates: KindCandidate[];
  /** why: `kind.field_matched` per matched field of the best kind, its penalties, and `kind.tie` or `kind.below_threshold` */
  reasons: Issue[];
  /** the mapping the best kind would use */
  mapping: HeaderMatch[];
}

/** Options of {@link detectKind}. */
export interface DetectKindOptions {
  /** HXL hashtags by header */
  hxl?: Readonly<Record<string, string>>;
  /** "today", for birth-date evidence */
  now?: Date;
  /** override {@link KIND_THRESHOLD} */
  threshold?: number;
}

/** A table as far as {@link detectKind} needs it: an arquero table, or headers with their values. */
export type KindInput =
  | { columnNames(): string[]; array(name: string): ArrayLike<unknown> }
  | { headers: readonly string[]; values?: Readonly<Record<string, ArrayLike<unknown>>> };

/** Groups of fields that make a kind: it needs one field of each group (at confidence 0.7 or more) to be itself. */
const ANCHORS: Record<SchemaName, readonly (readonly string[])[]> = {
  volunteers: [["activity_date", "hours", "activity", "signup_date"]],
  beneficiaries: [["household_size", "first_contact_date", "situation", "birth_date", "first_name", "last_name"]],
  visits: [["visit_date", "service", "quantity"]],
  groups: [["members", "created_date", "last_activity_date", "status"]],
  outcomes: [["measure", "baseline_value", "followup_value", "followup_wave"]],
  sites: [["address", "latitude", "longitude", "opening_hours", "accessibility", "website"]],
  projects: [
    ["project_id", "project_name"],
    ["outcome", "score"],
  ],
};
/** An anchor field counts from this confidence: a header sharing one word of two (0.6) is not enough. */
const ANCHOR_CONFIDENCE = 0.7;
/** Kinds without people: a file with person fields (first name, birth date, gender) is less likely one of them. */
const NO_PEOPLE = new Set<SchemaName>(["sites", "projects", "groups"]);
const PERSON_FIELDS = new Set(["first_name", "birth_date", "gender", "age"]);
/** Words that name a field of many kinds ("Date", "Nom", "ID"): matched alone, they count once, never double. */
const GENERIC_WORDS = new Set(["date", "id", "nom", "name", "numero", "code", "type", "jour", "reference"]);
/** Points a wide survey's measure (two waves or more) gives the outcomes kind. */
const WAVE_POINTS = 2;
/** A lead of this many points over the second kind gives a score of 1: two typical fields. */
const FULL_LEAD = 4;

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Says which kind of table a file holds (volunteer log, beneficiary register, visits, groups,
 * outcomes, sites, projects), with a score and its reasons, from its headers and its values. Each
 * kind scores its matched fields (see {@link mapHeaders}: words and value evidence), typical fields
 * counting double unless the header is a generic word ("Date", "Nom"); a kind none of whose defining fields matched keeps a third of its points, a kind
 * without people loses half when the file has person fields. The score is the lead of the best kind
 * over the second, in points, divided by 4 (two typical fields) and capped at 1; 0 for a tie. Below
 * the threshold, or on a tie, `kind` is `null`: ties are never broken by order.
 *
 * @param input - an arquero table, or `{ headers, values }` (values optional: headers alone then)
 * @param options - HXL hashtags, "today", a threshold other than {@link KIND_THRESHOLD}
 * @returns the kind (or `null`), its score, every candidate and the reasons
 * @example
 * detectKind({ headers: ["Nom du centre", "Adresse", "Code postal", "Ville", "Horaires"] }).kind // => "sites"
 */
export function detectKind(input: KindInput, options: DetectKindOptions = {}): KindDetection {
  const threshold = options.threshold ?? KIND_THRESHOLD;
  let headers: string[];
  const profiles: Record<string, ColumnProfile> = {};
  if ("headers" in input) {
    headers = input.headers.filter((h) => h !== "_line");
    for (const h of headers) {
      const v = input.values && Object.hasOwn(input.values, h) ? input.values[h] : undefined;
      if (v !== undefined) profiles[h] = profileColumn(v, options.now);
    }
  } else {
    headers = input.columnNames().filter((h) => h !== "_line");
    for (const h of headers) profiles[h] = profileColumn(input.array(h), options.now);
  }
  const hxl = options.hxl ?? {};
  const mappings = {} as Record<SchemaName, HeaderMatch[]>;
  for (const kind of Object.values(SchemaName)) {
    mappings[kind] = mapHeaders(headers, kind, {}, hxl, { profiles }).matches;
  }
  const hasPeople = [mappings.volunteers, mappings.beneficiaries].some((ms) =>
    ms.some((m) => m.field !== null && PERSON_FIELDS.has(m.field) && m.confidence >= 0.9),
  );
  // a wide follow-up survey (bdi.pre, bdi.2m...): each measure with its waves is evidence of outcomes
  const waves = detectWaves(headers);
  const candidates: KindCandidate[] = [];
  for (const kind of Object.values(SchemaName)) {
    const specs = new Map(schemaFields[kind].map((f) => [f.name, f]));
    const matched: KindEvidence[] = [];
    let points = 0;
    for (const m of mappings[kind]) {
      if (m.field === null) continue;
      // a header as generic as "Date" or "Nom" names a field of many kinds: no double weight for it
      const generic = m.synonym !== undefined && headerTokens(m.synonym).every((w) => GENERIC_WORDS.has(w));
      points += m.confidence * (specs.get(m.field)?.distinctive && !generic ? 2 : 1);
      const e: KindEvidence = { field: m.field, header: m.header, confidence: m.confidence, method: m.method };
      if (m.evidence !== undefined) e.evidence = m.evidence;
      matched.push(e);
    }
    const penalties: KindPenalty[] = [];
    const wide = kind === "outcomes" && waves !== null;
    if (wide) points += WAVE_POINTS * waves.measures.length;
    const anchored =
      wide ||
      ANCHORS[kind].every((group) => matched.some((m) => group.includes(m.field) && m.confidence >= ANCHOR_CONFIDENCE));
    if (!anchored) {
      points *= 1 / 3;
      penalties.push("kind.no_anchor");
    }
    if (NO_PEOPLE.has(kind) && hasPeople) {
      points *= 0.5;
      penalties.push("kind.person_fields");
    }
    if (wide) penalties.push("kind.wide_survey");
    if (points > 0) candidates.push({ kind, points: round(points), matched, penalties });
  }
  // stable sort: equal points keep the declared order, but a tie gives no kind below
  candidates.sort((a, b) => b.points - a.points);
  const first = candidates[0];
  const second = candidates[1];
  if (first === undefined) {
    return {
      kind: null,
      best: null,
      score: 0,
      threshold,
      candidates,
      reasons: [{ code: "kind.nothing_matched", severity: "info" }],
      mapping: headers.map((header) => ({ header, field: null, confidence: 0, method: "none" })),
    };
  }
  const lead = first.points - (second?.points ?? 0);
  const score = round(Math.min(1, lead / FULL_LEAD));
  const reasons: Issue[] = first.matched.map((m) => ({
    code: "kind.field_matched",
    severity: "info" as const,
    column: m.header,
    params: { kind: first.kind, field: m.field, confidence: m.confidence, method: m.method },
  }));
  for (const p of first.penalties) reasons.push({ code: p, severity: "info", params: { kind: first.kind } });
  let kind: SchemaName | null = first.kind;
  const list = candidates
    .slice(0, 3)
    .map((c) => `${c.kind} (${c.points})`)
    .join(", ");
  if (second !== undefined && second.points === first.points) {
    kind = null;
    reasons.push({ code: "kind.tie", severity: "warning", params: { first: first.kind, second: second.kind, list } });
  } else if (score < threshold) {
    kind = null;
    reasons.push({ code: "kind.below_threshold", severity: "warning", params: { score, threshold, list } });
  }
  return { kind, best: first.kind, score, threshold, candidates, reasons, mapping: mappings[first.kind] };
}
