import { detectKind, KIND_THRESHOLD } from "./detect-kind.js";
import { SchemaName } from "./schemas.js";

/** What {@link detectSchema} found. */
export interface SchemaDetection {
  /** the best schema, or `null` when no header matched, two schemas tie, or the score is below {@link KIND_THRESHOLD} */
  schema: SchemaName | null;
  /** the score of {@link detectKind}: from 0 (a tie, or nothing) to 1 (one kind, strongly evidenced) */
  confidence: number;
  /** the points of every schema (see {@link detectKind}): matched fields weighted by confidence, typical fields double */
  scores: Record<SchemaName, number>;
}

/**
 * Guesses which kind of table a file holds from its headers alone, so a user does not have to
 * say it: {@link detectKind} without values. A tie, or a score below {@link KIND_THRESHOLD}, gives
 * `null` (never broken by order). Prefer {@link detectKind}, which also reads the values and gives
 * its reasons and candidates.
 *
 * @param headers - the real headers (French, English or HXL)
 * @param hxl - HXL hashtags by header, when the file has a hashtag row
 * @example
 * detectSchema(["Date de passage", "Service", "Quantité"]).schema // => "visits"
 */
export function detectSchema(headers: readonly string[], hxl: Readonly<Record<string, string>> = {}): SchemaDetection {
  const detection = detectKind({ headers }, { hxl });
  const scores = {} as Record<SchemaName, number>;
  for (const name of Object.values(SchemaName)) scores[name] = 0;
  for (const c of detection.candidates) scores[c.kind] = c.points;
  return { schema: detection.kind, confidence: detection.score, scores };
}
