import type { HeaderMatch } from "./map-headers.js";
import type { Recipe } from "./recipe.js";

/**
 * One column of a recipe from a header match: the header, the field, and the reason and score of the
 * decision (method, confidence, synonym, header score, value fit and evidence, refused field).
 *
 * @param m - the match
 * @example
 * recipeColumn({ header: "Tâche", field: "activity", confidence: 1, method: "synonym" }).field // => "activity"
 */
export function recipeColumn(m: HeaderMatch): Recipe["columns"][number] {
  const c: Recipe["columns"][number] = { header: m.header, field: m.field, method: m.method };
  c.confidence = Math.min(1, Math.max(0, m.confidence));
  if (m.reason !== undefined) c.reason = m.reason;
  if (m.synonym !== undefined) c.synonym = m.synonym;
  if (m.headerScore !== undefined) c.headerScore = Math.min(1, m.headerScore);
  if (m.valueFit !== undefined) c.valueFit = m.valueFit;
  if (m.evidence !== undefined) c.evidence = m.evidence;
  if (m.rejectedField !== undefined) c.rejectedField = m.rejectedField;
  return c;
}
