import type { Issue } from "../messages/issue.js";
import { headerKey, keySimilarity } from "./header-key.js";
import { type FieldSpec, type SchemaName, schemaFields } from "./schemas.js";

/** How one real header was matched. */
export interface HeaderMatch {
  header: string;
  /** canonical field, or `null` when the column is kept untouched */
  field: string | null;
  /** 1 for an exact synonym or HXL tag, less for a near miss, 1 for a user's choice */
  confidence: number;
  method: "synonym" | "hxl" | "similar" | "user" | "none";
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

/** Near misses below this similarity are not mapped. */
const MIN_SIMILARITY = 0.75;

function scoreHeader(header: string, spec: FieldSpec): { confidence: number; method: HeaderMatch["method"] } {
  const key = headerKey(header);
  if (key === "") return { confidence: 0, method: "none" };
  if (key.startsWith("#")) {
    const [tag, ...attrs] = key.split("+");
    let best = 0;
    for (const h of spec.hxl) {
      const hk = headerKey(h);
      if (hk === key) return { confidence: 1, method: "hxl" };
      const [htag, ...hattrs] = hk.split("+");
      if (htag !== tag) continue;
      // same tag: the more attributes agree, the more confident
      const shared = hattrs.filter((a) => attrs.includes(a)).length;
      const union = new Set([...hattrs, ...attrs]).size;
      best = Math.max(best, 0.6 + (0.3 * shared) / Math.max(1, union));
    }
    return { confidence: best, method: best > 0 ? "hxl" : "none" };
  }
  let best = 0;
  for (const synonym of [spec.name.replace(/_/g, " "), ...spec.synonyms]) {
    const sk = headerKey(synonym);
    if (sk === key) return { confidence: 1, method: "synonym" };
    const sim = keySimilarity(key, sk);
    if (sim > best) best = sim;
  }
  return best >= MIN_SIMILARITY
    ? { confidence: Math.round(best * 0.9 * 100) / 100, method: "similar" }
    : { confidence: 0, method: "none" };
}

/**
 * Matches real headers to the canonical fields of a schema: exact synonyms (French, English,
 * case- and accent-insensitive) and HXL hashtags score 1, near misses score below 1. Each field
 * takes at most one column and each column at most one field, best matches first; a user's
 * override wins over any automatic choice. Unmatched columns are kept untouched by the cleaning.
 *
 * @param headers - the real headers, in order (a `_line` column is ignored)
 * @param schema - the canonical schema to map to
 * @param override - the user's choices by header; a field name not in the schema is an error
 * @param hxl - HXL hashtags by header, when the file has a hashtag row under its headers (the ingest reports them)
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
): HeaderMapping {
  const fields = schemaFields[schema];
  const names = new Set(fields.map((f) => f.name));
  const matches: HeaderMatch[] = headers.map((header) => ({ header, field: null, confidence: 0, method: "none" }));
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
    matches[i] = { header, field, confidence: 1, method: "user" };
    if (field !== null) taken.add(field);
    done.add(i);
  });
  const candidates: { i: number; field: string; confidence: number; method: HeaderMatch["method"]; order: number }[] =
    [];
  headers.forEach((header, i) => {
    if (done.has(i) || header === "_line") return;
    const tag = hxl[header];
    fields.forEach((spec, order) => {
      let s = scoreHeader(header, spec);
      if (tag !== undefined) {
        const byTag = scoreHeader(tag, spec);
        if (byTag.confidence > s.confidence) s = byTag;
      }
      if (s.confidence > 0) candidates.push({ i, field: spec.name, confidence: s.confidence, method: s.method, order });
    });
  });
  // best first; ties go to the earlier column, then the earlier field
  candidates.sort((a, b) => b.confidence - a.confidence || a.i - b.i || a.order - b.order);
  for (const c of candidates) {
    if (done.has(c.i) || taken.has(c.field)) continue;
    matches[c.i] = { header: headers[c.i] as string, field: c.field, confidence: c.confidence, method: c.method };
    taken.add(c.field);
    done.add(c.i);
  }
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
): { ok: true; value: HeaderMapping } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: mapHeaders(headers, schema, override, hxl) };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, issues: [{ code: "clean.mapping_invalid", severity: "error", params: { message } }] };
  }
}
