import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Results of a local group ("Résultat"): only "nothing yet" has a common wording across associations.
 * Why: one canonical label per meaning, whatever the spelling, in French and in English.
 *
 * @example
 * groupOutcomeVocabulary.entries[0]?.label.en // => "None"
 */
export const groupOutcomeVocabulary: Vocabulary = {
  field: "outcome",
  schemas: ["groups"],
  entries: [
    {
      id: "none",
      label: { fr: "Aucun", en: "None" },
      variants: {
        fr: ["Rien", "Néant", "Pas de résultat", "Aucun résultat", "Aucune"],
        en: ["Nothing", "No result", "Nil", "No outcome"],
      },
    },
  ],
};
