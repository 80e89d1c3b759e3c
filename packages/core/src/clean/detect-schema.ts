import { mapHeaders } from "./map-headers.js";
import { SchemaName, schemaFields } from "./schemas.js";

/** What {@link detectSchema} found. */
export interface SchemaDetection {
  /** the best schema, or `null` when no header matched any schema or two schemas tie */
  schema: SchemaName | null;
  /** from 0 (a tie) to 1 (no other schema came close) */
  confidence: number;
  /** the score of every schema: matched fields weighted by confidence, distinctive fields counting double */
  scores: Record<SchemaName, number>;
}

/**
 * Guesses which kind of table a file holds from its headers alone, so a user does not have to
 * say it. Each schema scores the confidence of its matched fields, fields typical of it counting double;
 * two schemas with the same score give `null`. Prefer {@link detectKind}, which also reads the values,
 * gives its reasons and refuses below {@link KIND_THRESHOLD}.
 *
 * @param headers - the real headers (French, English or HXL)
 * @param hxl - HXL hashtags by header, when the file has a hashtag row
 * @example
 * detectSchema(["Date de passage", "Service", "Quantité"]).schema // => "visits"
 */
export function detectSchema(headers: readonly string[], hxl: Readonly<Record<string, string>> = {}): SchemaDetection {
  const scores = {} as Record<SchemaName, number>;
  for (const name of Object.values(SchemaName)) {
    const mapping = mapHeaders(headers, name, {}, hxl);
    const specs = new Map(schemaFields[name].map((f) => [f.name, f]));
    let score = 0;
    for (const m of mapping.matches) {
      if (m.field === null) continue;
      score += m.confidence * (specs.get(m.field)?.distinctive ? 2 : 1);
    }
    scores[name] = Math.round(score * 100) / 100;
  }
  const ranked = Object.values(SchemaName).sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] as SchemaName;
  const second = ranked[1] as SchemaName;
  // a tie is never broken by the order of the schemas
  if (scores[best] === 0 || scores[best] === scores[second]) return { schema: null, confidence: 0, scores };
  const confidence = Math.round(((scores[best] - scores[second]) / scores[best]) * 100) / 100;
  return { schema: best, confidence, scores };
}
