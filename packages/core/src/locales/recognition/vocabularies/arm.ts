import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Arms of a follow-up study ("Groupe", "Bras"): the supported group and the comparison group.
 * Why: one canonical label per meaning, whatever the spelling, in French and in English.
 *
 * @example
 * armVocabulary.entries.map((e) => e.label.fr) // => ["Accompagné", "Témoin"]
 */
export const armVocabulary: Vocabulary = {
  field: "arm",
  schemas: ["outcomes"],
  entries: [
    {
      id: "supported",
      label: { fr: "Accompagné", en: "Supported" },
      variants: {
        fr: [
          "Accompagnés",
          "Bénéficiaire",
          "Traitement",
          "Groupe traité",
          "Groupe accompagné",
          "Intervention",
          "Traité",
        ],
        en: [
          "Treatment",
          "Treated",
          "Intervention",
          "Intervention group",
          "Treatment group",
          "Participant",
          "Programme",
        ],
      },
    },
    {
      id: "control",
      label: { fr: "Témoin", en: "Control" },
      variants: {
        fr: ["Groupe témoin", "Contrôle", "Groupe de contrôle", "Comparaison", "Non accompagné", "Liste d'attente"],
        en: ["Control group", "Comparison", "Comparison group", "Waiting list", "Wait list", "Untreated"],
      },
    },
  ],
};
