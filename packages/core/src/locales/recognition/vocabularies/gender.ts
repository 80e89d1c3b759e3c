import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Genders and civilities ("Genre", "Sexe", "Civilité"), read by `parseGender` into `female`, `male` and
 * `other` (the entry ids).
 *
 * @example
 * genderVocabulary.entries.map((e) => e.id) // => ["female", "male", "other"]
 */
export const genderVocabulary: Vocabulary = {
  field: "gender",
  schemas: ["volunteers", "beneficiaries"],
  entries: [
    {
      id: "female",
      label: { fr: "Femme", en: "Female" },
      variants: {
        fr: ["F", "Féminin", "Mme", "Madame", "Mlle", "Mademoiselle", "Fille"],
        en: ["Woman", "W", "Mrs", "Ms", "Miss", "Girl"],
      },
    },
    {
      id: "male",
      label: { fr: "Homme", en: "Male" },
      variants: { fr: ["H", "M", "Masculin", "M.", "Monsieur", "Garçon"], en: ["Man", "Mr", "Boy"] },
    },
    {
      id: "other",
      label: { fr: "Autre", en: "Other" },
      variants: {
        fr: ["Non binaire", "Non-binaire", "Nonbinaire", "NB", "X", "Divers"],
        en: ["Non-binary", "Diverse", "Genderqueer"],
      },
    },
  ],
};
