import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Outcomes at the end of a follow-up ("Sortie", "Motif de sortie"), as integration programmes report them.
 * Why: one canonical label per meaning, whatever the spelling, in French and in English.
 *
 * @example
 * exitVocabulary.entries[0]?.label.fr // => "Emploi"
 */
export const exitVocabulary: Vocabulary = {
  field: "outcome",
  schemas: ["outcomes"],
  entries: [
    {
      id: "employment",
      label: { fr: "Emploi", en: "Employment" },
      variants: {
        fr: [
          "CDI",
          "CDD",
          "CDI/CDD",
          "Intérim",
          "Emploi durable",
          "Contrat aidé",
          "Retour à l'emploi",
          "Embauche",
          "En emploi",
        ],
        en: ["Job", "Employed", "Work", "Paid work", "In work", "Found a job", "Back to work"],
      },
    },
    {
      id: "training",
      label: { fr: "Formation", en: "Training" },
      variants: {
        fr: ["En formation", "Formation qualifiante", "Reprise d'études", "Apprentissage", "Entrée en formation"],
        en: ["In training", "Education", "Course", "Apprenticeship", "Back to school", "Further education"],
      },
    },
    {
      id: "housing",
      label: { fr: "Logement", en: "Housing" },
      variants: {
        fr: ["Relogé", "Relogée", "Relogement", "Accès au logement", "Logement autonome", "Logement durable"],
        en: ["Housed", "Rehoused", "Accommodation", "Tenancy", "Settled housing"],
      },
    },
    {
      id: "no_solution",
      label: { fr: "Sans solution", en: "No solution" },
      variants: {
        fr: ["Aucune", "Aucune solution", "Pas de solution", "Sans suite", "Rien"],
        en: ["None", "No outcome", "Nothing", "No result"],
      },
    },
    {
      id: "dropped_out",
      label: { fr: "Abandon", en: "Dropped out" },
      variants: {
        fr: ["Perdu de vue", "Abandon du parcours", "Arrêt", "Ne vient plus"],
        en: ["Lost to follow-up", "Dropout", "Drop-out", "Withdrew", "Disengaged"],
      },
    },
    {
      id: "moved",
      label: { fr: "Déménagement", en: "Moved away" },
      variants: { fr: ["Déménagé", "Parti", "Départ du territoire"], en: ["Moved", "Relocated", "Left the area"] },
    },
  ],
};
