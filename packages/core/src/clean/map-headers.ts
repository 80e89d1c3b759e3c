import type { MessageCode } from "../locales/en.js";
import type { Issue } from "../messages/issue.js";
import { headerKey, keySimilarity } from "./header-key.js";
import { headerTokens } from "./header-tokens.js";
import { type ColumnProfile, profileColumn } from "./profile-column.js";
import { type FieldSpec, type SchemaName, schemaFields } from "./schemas.js";
import { tokenSimilarity } from "./token-similarity.js";
import { valueFit } from "./value-fit.js";

/** How one real header was matched. */
export interface HeaderMatch {
  header: string;
  /** canonical field, or `null` when the column is kept untouched */
  field: string | null;
  /** 1 for an exact synonym or HXL tag, less for a near miss, 1 for a user's choice; lowered by values that fit badly */
  confidence: number;
  /**
   * `synonym` exact header, `tokens` the same words in another form ("Dte naissance"), `similar` a near
   * miss (a typo, a missing word), `hxl` a hashtag, `values` no header match but values that can only
   * be this field (5-digit codes, e-mails), `user` a user's choice, `none` unmapped
   */
  method: "synonym" | "tokens" | "similar" | "hxl" | "values" | "user" | "none";
  /** the synonym or hashtag the header matched */
  synonym?: string;
  /** the score of the header's words alone, before the values were looked at */
  headerScore?: number;
  /** how well the values fit the field, from 0 to 1 (`null`: too few values; absent: values not given) */
  valueFit?: number | null;
  /** stable code of the value evidence, e.g. `map.values_yes_no` */
  evidence?: MessageCode;
  /**
   * stable code of the decision, worded in the catalogue: `map.reason_synonym`, `map.reason_tokens`,
   * `map.reason_similar`, `map.reason_hxl`, `map.reason_values`, `map.reason_user`,
   * `map.reason_rejected_by_values`, `map.reason_field_taken`, `map.reason_no_match`
   */
  reason?: MessageCode;
  /** for an unmapped column, the field its header named but its values refused (`map.reason_rejected_by_values`) */
  rejectedField?: string;
}

/** The result of {@link mapHeaders}: one match per header, in the order of the headers. */
export interface HeaderMapping {
  schema: SchemaName;
  matches: HeaderMatch[];
  /** canonical fields no header matched */
  missing: string[];
}

/** A user's choice of fields, by real header: a field name, or `null` to keep the column unmapped. */
export type MappingOverride = Record<string, string | null>;

/** Options of {@link mapHeaders}. */
export interface MapHeadersOptions {
  /** the cells of each column by header: value evidence confirms, lowers or refuses a header's match */
  values?: Readonly<Record<string, ArrayLike<unknown>>>;
  /** profiles already computed by header (see {@link profileColumn}), to profile each column once */
  profiles?: Readonly<Record<string, ColumnProfile>>;
  /** "today", for birth-date evidence */
  now?: Date;
}

/** Near misses below this similarity are not mapped. */
const MIN_SIMILARITY = 0.75;
/** Header words sharing less than this are not mapped. */
const MIN_TOKENS = 0.66;
/** Values fitting a field less than this refuse the header's match. */
const MIN_FIT = 0.3;
/** Value evidence alone maps a column only at this fit or above, for fields its values can only be. */
const VALUES_ALONE = 0.9;

interface HeaderScore {
  confidence: number;
  method: HeaderMatch["method"];
  synonym?: string;
}

/** A header, a synonym or a hashtag as compared: its text, its key and its canonical words (internal). */
interface Compared {
  text: string;
  key: string;
  words: string[];
}

/** A field's names and hashtags as compared, worked out once per process: they never change (internal). */
interface ComparedField {
  /** the field's name in words, then its synonyms, in order */
  names: Compared[];
  /** the first of `names` by key */
  byKey: Map<string, string>;
  /** the hashtags, their tag and attributes */
  hxl: { text: string; key: string; tag: string; attributes: string[] }[];
  /** the first hashtag by key */
  hxlByKey: Map<string, string>;
}

const comparedFields = new WeakMap<FieldSpec, ComparedField>();

function compared(text: string): Compared {
  return { text, key: headerKey(text), words: headerTokens(text) };
}

function comparedField(spec: FieldSpec): ComparedField {
  const known = comparedFields.get(spec);
  if (known !== undefined) return known;
  const names = [spec.name.replace(/_/g, " "), ...spec.synonyms].map(compared);
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(n.key)) byKey.set(n.key, n.text);
  const hxl = spec.hxl.map((text) => {
    const key = headerKey(text);
    const [tag = "", ...attributes] = key.split("+");
    return { text, key, tag, attributes };
  });
  const hxlByKey = new Map<string, string>();
  for (const h of hxl) if (!hxlByKey.has(h.key)) hxlByKey.set(h.key, h.text);
  const field = { names, byKey, hxl, hxlByKey };
  comparedFields.set(spec, field);
  return field;
}

/**
 * The most {@link tokenSimilarity} can give two headers of `a` and `b` words (each word pairs with at
 * most one, scoring at most 1), rounded as it rounds: no need to pair words that cannot score (internal).
 */
function tokenBound(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : Math.round(((2 * Math.min(a, b)) / (a + b)) * 1000) / 1000;
}

/**
 * The most {@link keySimilarity} can give keys of `a` and `b` characters: each has its length + 1
 * bigrams, and the shared ones are at most the fewer (internal).
 */
function keyBound(a: number, b: number): number {
  return (2 * Math.min(a + 1, b + 1)) / (a + b + 2);
}

function scoreHeader(header: Compared, spec: FieldSpec): HeaderScore {
  const { key, words } = header;
  if (key === "") return { confidence: 0, method: "none" };
  const field = comparedField(spec);
  if (key.startsWith("#")) {
    const same = field.hxlByKey.get(key);
    if (same !== undefined) return { confidence: 1, method: "hxl", synonym: same };
    const [tag, ...attrs] = key.split("+");
    let best = 0;
    for (const h of field.hxl) {
      if (h.tag !== tag) continue;
      // same tag: the more attributes agree, the more confident
      const shared = h.attributes.filter((a) => attrs.includes(a)).length;
      const union = new Set([...h.attributes, ...attrs]).size;
      best = Math.max(best, 0.6 + (0.3 * shared) / Math.max(1, union));
    }
    return { confidence: best, method: best > 0 ? "hxl" : "none" };
  }
  // an exact synonym wins whatever came before it
  const same = field.byKey.get(key);
  if (same !== undefined) return { confidence: 1, method: "synonym", synonym: same };
  let best: HeaderScore = { confidence: 0, method: "none" };
  for (const synonym of field.names) {
    const bound = tokenBound(words.length, synonym.words.length);
    let tokens: number | undefined;
    if (bound === 1) {
      tokens = tokenSimilarity(words, synonym.words);
      // the same words: nothing but an exact synonym (none, see above) scores more
      if (tokens === 1) return { confidence: 0.95, method: "tokens", synonym: synonym.text };
    }
    // a typo away: only for words long enough for a typo to be one ("nom" is not "nombre")
    const sk = synonym.key;
    if (key.length >= 5 && sk.length >= 5) {
      const most = keyBound(key.length, sk.length);
      if (most >= MIN_SIMILARITY && most * 0.9 > best.confidence) {
        const sim = keySimilarity(key, sk);
        if (sim >= MIN_SIMILARITY && sim * 0.9 > best.confidence)
          best = { confidence: Math.round(sim * 0.9 * 100) / 100, method: "similar", synonym: synonym.text };
      }
    }
    if (bound < MIN_TOKENS || bound * 0.9 <= best.confidence) continue;
    tokens ??= tokenSimilarity(words, synonym.words);
    if (tokens >= MIN_TOKENS && tokens * 0.9 > best.confidence && sharesMeaningfulWord(words, synonym.words))
      best = { confidence: Math.round(tokens * 0.9 * 100) / 100, method: "similar", synonym: synonym.text };
  }
  return best;
}

/** Words that say what kind of value a column holds but not which field: sharing only these is no match. */
const GENERIC = new Set(["numero", "id", "date", "nom", "name", "code", "nombre", "type", "reference", "total"]);

function sharesMeaningfulWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some(
    (w) =>
      !GENERIC.has(w) &&
      b.some((v) => v === w || (v.length >= 4 && w.length >= 4 && (v.startsWith(w) || w.startsWith(v)))),
  );
}

const REASON: Record<HeaderMatch["method"], MessageCode> = {
  synonym: "map.reason_synonym",
  tokens: "map.reason_tokens",
  similar: "map.reason_similar",
  hxl: "map.reason_hxl",
  values: "map.reason_values",
  user: "map.reason_user",
  none: "map.reason_no_match",
};

/** Field kinds whose values alone can say what a column is. */
const SELF_EVIDENT = new Set(["postcode", "email", "phone"]);

/**
 * Matches real headers to the canonical fields of a schema, by their words and by their values:
 * exact synonyms (French, English, case- and accent-insensitive) and HXL hashtags score 1, the same
 * words in another form ("N° de bénévole", "id_benevole", "dateActivite", "Dte naissance") 0.95,
 * near misses (a typo, a word more or less) below. When the values are given, they confirm or lower
 * each match and refuse the ones they contradict (a yes/no column is never an identifier), and
 * values that can only be one field (e-mails, phones, 5-digit codes) map a column whose header says
 * nothing. Each field takes at most one column and each column at most one field, best matches
 * first; a user's override wins over any automatic choice. Every match carries its reason, its
 * score and its evidence. Unmatched columns are kept untouched by the cleaning.
 *
 * @param headers - the real headers, in order (a `_line` column is ignored)
 * @param schema - the canonical schema to map to
 * @param override - the user's choices by header; a field name not in the schema is an error
 * @param hxl - HXL hashtags by header, when the file has a hashtag row under its headers (the ingest reports them)
 * @param options - the values of each column, for value evidence (without them, headers alone decide)
 * @throws Error "mapHeaders requires fields of the schema" when the override names an unknown field,
 *   "mapHeaders requires one column per field" when it gives one field to two headers
 * @example
 * mapHeaders(["Prénom", "Nb d'heures", "Notes"], "volunteers").matches.map((m) => m.field)
 * // => ["first_name", "hours", null]
 */
export function mapHeaders(
  headers: readonly string[],
  schema: SchemaName,
  override: MappingOverride = {},
  hxl: Readonly<Record<string, string>> = {},
  options: MapHeadersOptions = {},
): HeaderMapping {
  const fields = schemaFields[schema];
  const names = new Set(fields.map((f) => f.name));
  const matches: HeaderMatch[] = headers.map((header) => ({
    header,
    field: null,
    confidence: 0,
    method: "none",
    reason: "map.reason_no_match",
  }));
  const profileOf = (header: string): ColumnProfile | undefined => {
    const known = options.profiles && Object.hasOwn(options.profiles, header) ? options.profiles[header] : undefined;
    if (known) return known;
    const values = options.values && Object.hasOwn(options.values, header) ? options.values[header] : undefined;
    return values === undefined ? undefined : profileColumn(values, options.now);
  };
  const profiles = new Map<string, ColumnProfile | undefined>();
  for (const h of headers) if (h !== "_line") profiles.set(h, profileOf(h));
  const taken = new Set<string>();
  const done = new Set<number>();
  headers.forEach((header, i) => {
    if (!Object.hasOwn(override, header)) return;
    const field = override[header] ?? null;
    if (field !== null && !names.has(field)) {
      throw new Error(`mapHeaders requires fields of the schema ${schema}: "${field}" is not one`);
    }
    if (field !== null && taken.has(field)) {
      throw new Error(`mapHeaders requires one column per field: "${field}" is given to several headers`);
    }
    matches[i] = { header, field, confidence: 1, method: "user", reason: "map.reason_user" };
    if (field !== null) taken.add(field);
    done.add(i);
  });
  interface Candidate {
    i: number;
    field: string;
    confidence: number;
    method: HeaderMatch["method"];
    order: number;
    synonym?: string;
    headerScore: number;
    valueFit?: number | null;
    evidence?: MessageCode;
  }
  const candidates: Candidate[] = [];
  const rejected = new Map<number, Candidate>();
  headers.forEach((header, i) => {
    if (done.has(i) || header === "_line") return;
    const tag = Object.hasOwn(hxl, header) ? hxl[header] : undefined;
    const profile = profiles.get(header);
    // the header's key and words once, for every field
    const mine = compared(header);
    const tagged = tag === undefined ? undefined : compared(tag);
    fields.forEach((spec, order) => {
      let s = scoreHeader(mine, spec);
      if (tagged !== undefined) {
        const byTag = scoreHeader(tagged, spec);
        if (byTag.confidence > s.confidence) s = byTag;
      }
      const fit = profile === undefined ? undefined : valueFit(profile, spec);
      if (s.confidence > 0) {
        const c: Candidate = { i, field: spec.name, method: s.method, order, headerScore: s.confidence, confidence: 0 };
        if (s.synonym !== undefined) c.synonym = s.synonym;
        if (fit !== undefined) {
          c.valueFit = fit.fit;
          c.evidence = fit.evidence;
        }
        if (fit !== undefined && fit.fit !== null && fit.fit < MIN_FIT) {
          const before = rejected.get(i);
          if (before === undefined || before.headerScore < s.confidence) rejected.set(i, c);
          return;
        }
        const factor = fit === undefined || fit.fit === null ? 1 : 0.7 + 0.3 * fit.fit;
        c.confidence = Math.round(s.confidence * factor * 100) / 100;
        candidates.push(c);
      } else if (fit !== undefined && fit.fit !== null && fit.fit >= VALUES_ALONE && SELF_EVIDENT.has(spec.kind)) {
        candidates.push({
          i,
          field: spec.name,
          method: "values",
          order,
          headerScore: 0,
          confidence: Math.round(0.5 * fit.fit * 100) / 100,
          valueFit: fit.fit,
          evidence: fit.evidence,
        });
      }
    });
  });
  // best first; ties go to the earlier column, then the earlier field
  candidates.sort((a, b) => b.confidence - a.confidence || a.i - b.i || a.order - b.order);
  const lost = new Map<number, Candidate>();
  for (const c of candidates) {
    if (done.has(c.i)) continue;
    if (taken.has(c.field)) {
      if (!lost.has(c.i)) lost.set(c.i, c);
      continue;
    }
    const m: HeaderMatch = {
      header: headers[c.i] as string,
      field: c.field,
      confidence: c.confidence,
      method: c.method,
      headerScore: c.headerScore,
      reason: REASON[c.method],
    };
    if (c.synonym !== undefined) m.synonym = c.synonym;
    if (c.valueFit !== undefined) m.valueFit = c.valueFit;
    if (c.evidence !== undefined) m.evidence = c.evidence;
    matches[c.i] = m;
    taken.add(c.field);
    done.add(c.i);
  }
  headers.forEach((header, i) => {
    if (done.has(i) || header === "_line") return;
    const refused = rejected.get(i);
    const beaten = lost.get(i);
    if (refused && (beaten === undefined || refused.headerScore >= beaten.headerScore)) {
      const m: HeaderMatch = {
        header,
        field: null,
        confidence: 0,
        method: "none",
        headerScore: refused.headerScore,
        reason: "map.reason_rejected_by_values",
        rejectedField: refused.field,
      };
      if (refused.valueFit !== undefined) m.valueFit = refused.valueFit;
      if (refused.evidence !== undefined) m.evidence = refused.evidence;
      matches[i] = m;
    } else if (beaten) {
      matches[i] = {
        header,
        field: null,
        confidence: 0,
        method: "none",
        headerScore: beaten.headerScore,
        reason: "map.reason_field_taken",
        rejectedField: beaten.field,
      };
    }
  });
  return { schema, matches, missing: fields.filter((f) => !taken.has(f.name)).map((f) => f.name) };
}

/**
 * {@link mapHeaders} without exceptions: a user mapping that names a field the schema does not have
 * gives `{ ok: false, issues }` with the code `clean.mapping_invalid`.
 *
 * @example
 * safeMapHeaders(["A"], "visits", { A: "hours" }).ok // => false
 */
export function safeMapHeaders(
  headers: readonly string[],
  schema: SchemaName,
  override: MappingOverride = {},
  hxl: Readonly<Record<string, string>> = {},
  options: MapHeadersOptions = {},
): { ok: true; value: HeaderMapping } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: mapHeaders(headers, schema, override, hxl, options) };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, issues: [{ code: "clean.mapping_invalid", severity: "error", params: { message } }] };
  }
}
