import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Household situations of a beneficiary ("Situation", "Composition familiale"), in the household types used by
 * social services (person alone, single parent, couple with or without children) and homelessness.
 * "Famille" and "Family" alone stand for a couple with children: a single parent is always named so.
 *
 * @example
 * situationVocabulary.entries.find((e) => e.id === "homeless")?.variants.fr.includes("SDF") // => true
 */
export const situationVocabulary: Vocabulary = {
  field: "situation",
  schemas: ["beneficiaries"],
  entries: [
    {
      id: "single",
      label: { fr: "Personne seule", en: "Single" },
      variants: {
        fr: [
          "Seul",
          "Seule",
          "Seul(e)",
          "Isolé",
          "Isolée",
          "Isolé(e)",
          "Personne isolée",
          "Célibataire",
          "Adulte seul",
        ],
        en: ["Alone", "Single person", "Living alone", "Single adult", "One person", "Single occupant"],
      },
    },
    {
      id: "single_parent",
      label: { fr: "Famille monoparentale", en: "Single parent" },
      variants: {
        fr: [
          "Monoparentale",
          "Monoparental",
          "Famille mono",
          "Parent isolé",
          "Parent seul",
          "Mère seule",
          "Père seul",
          "Mère isolée",
          "Père isolé",
          "Parent seul avec enfants",
        ],
        en: [
          "Lone parent",
          "Single-parent family",
          "One-parent family",
          "Single mother",
          "Single father",
          "Lone parent family",
          "Single parent household",
        ],
      },
    },
    {
      id: "couple_with_children",
      label: { fr: "Couple avec enfants", en: "Couple with children" },
      variants: {
        fr: [
          "Couple + enfants",
          "Couple avec enfant",
          "Couple & enfants",
          "Famille",
          "Famille avec enfants",
          "Famille biparentale",
        ],
        en: [
          "Family",
          "Family with children",
          "Couple + children",
          "Two-parent family",
          "Couple family",
          "Couple and children",
        ],
      },
    },
    {
      id: "couple_without_children",
      label: { fr: "Couple sans enfant", en: "Couple" },
      variants: {
        fr: ["Couple", "Couple sans enfants", "Couple seul"],
        en: ["Couple no children", "Couple without children", "Childless couple", "Couple, no children"],
      },
    },
    {
      id: "homeless",
      label: { fr: "Sans domicile", en: "Homeless" },
      variants: {
        fr: [
          "SDF",
          "Sans domicile fixe",
          "Sans abri",
          "Sans-abri",
          "À la rue",
          "Sans logement",
          "À la rue / sans abri",
        ],
        en: [
          "No fixed abode",
          "No fixed address",
          "NFA",
          "Rough sleeper",
          "Rough sleeping",
          "Roofless",
          "Street homeless",
        ],
      },
    },
    {
      id: "hosted",
      label: { fr: "Hébergé chez un tiers", en: "Staying with others" },
      variants: {
        fr: ["Hébergé", "Hébergée", "Hébergé par un tiers", "Hébergé chez la famille", "Hébergé chez des amis"],
        en: ["Sofa surfing", "Staying with friends", "Staying with family", "Hidden homeless"],
      },
    },
  ],
};
