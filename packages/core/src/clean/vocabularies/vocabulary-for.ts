import type { SchemaName } from "../schemas.js";
import { builtinVocabularies } from "./builtin-vocabularies.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The built-in vocabulary of one field of one schema, if there is one (`outcome` is a group's result
 * in `groups` and the exit of a follow-up in `outcomes`).
 *
 * @param schema - the canonical schema
 * @param field - the canonical field
 * @returns the vocabulary, or `undefined` for fields without one (sites, measures, free text)
 * @example
 * vocabularyFor("groups", "status")?.entries.map((e) => e.meaning) // => ["active", "inactive", "inactive", "active"]
 */
export function vocabularyFor(schema: SchemaName, field: string): Vocabulary | undefined {
  return builtinVocabularies.find((v) => v.field === field && v.schemas.includes(schema));
}
