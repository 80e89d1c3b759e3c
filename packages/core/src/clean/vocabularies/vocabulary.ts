import type { SchemaName } from "../schemas.js";

/**
 * One canonical label of a vocabulary, in French and English, with the other ways people write it.
 * Variants are matched through {@link labelKey}: case, accents, plurals, stop words and punctuation
 * need not be listed.
 */
export interface VocabularyEntry {
  /** stable identifier of the meaning, e.g. `"food_distribution"` */
  id: string;
  /** the canonical label in each language: what a merged label becomes */
  label: { fr: string; en: string };
  /** synonyms, abbreviations and common spellings, by language */
  variants: { fr: readonly string[]; en: readonly string[] };
  /** what the label means where it matters, e.g. `"active"` or `"inactive"` for a group status */
  meaning?: string;
}

/** The canonical labels of one categorical field (activity, service, situation...). */
export interface Vocabulary {
  /** the canonical field it applies to */
  field: string;
  /** the schemas where that field has this meaning (a field name such as `outcome` can mean different things) */
  schemas: readonly SchemaName[];
  entries: readonly VocabularyEntry[];
}

/** A user's vocabulary of one field, as written in the configuration: canonical label → its variants. */
export type UserVocabulary = Readonly<Record<string, readonly string[]>>;
