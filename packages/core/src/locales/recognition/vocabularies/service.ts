import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Services given at a visit ("Service", "Prestation"): food, grocery, clothing, advice, meals, hygiene, shelter.
 * Why: one canonical label per meaning, whatever the spelling, in French and in English.
 *
 * @example
 * serviceVocabulary.entries[0]?.label.en // => "Food parcel"
 */
export const serviceVocabulary: Vocabulary = {
  field: "service",
  schemas: ["visits"],
  entries: [
    {
      id: "food_parcel",
      label: { fr: "Colis alimentaire", en: "Food parcel" },
      variants: {
        fr: ["Colis", "Colis alim", "Panier", "Panier alimentaire", "Colis d'urgence", "Aide alimentaire"],
        en: ["Parcel", "Food box", "Food package", "Food hamper", "Hamper", "Emergency parcel"],
      },
    },
    {
      id: "social_grocery",
      label: { fr: "Épicerie solidaire", en: "Social grocery" },
      variants: {
        fr: ["Épicerie", "Épicerie sociale", "Épicerie sociale et solidaire", "Magasin solidaire", "Épi sol"],
        en: ["Grocery", "Community grocery", "Social supermarket", "Community shop", "Food pantry", "Pantry"],
      },
    },
    {
      id: "clothing",
      label: { fr: "Vestiaire", en: "Clothing" },
      variants: {
        fr: ["Vestiaire solidaire", "Vêtements", "Boutique solidaire", "Friperie solidaire", "Dons de vêtements"],
        en: ["Clothes", "Clothing bank", "Clothes bank", "Clothing store", "Clothing room"],
      },
    },
    {
      id: "social_advice",
      label: { fr: "Permanence sociale", en: "Social advice" },
      variants: {
        fr: [
          "Permanence",
          "Rendez-vous social",
          "Entretien social",
          "Permanence d'accès aux droits",
          "Accès aux droits",
        ],
        en: ["Advice", "Advice session", "Welfare advice", "Benefits advice", "Drop-in advice", "Advice surgery"],
      },
    },
    {
      id: "meal",
      label: { fr: "Repas", en: "Meal" },
      variants: {
        fr: ["Repas chaud", "Restaurant solidaire", "Restaurant social", "Petit déjeuner", "Soupe populaire"],
        en: ["Hot meal", "Soup kitchen", "Community meal", "Breakfast"],
      },
    },
    {
      id: "shower",
      label: { fr: "Douche", en: "Shower" },
      variants: { fr: ["Douches", "Accès aux douches", "Accès douche"], en: ["Showers", "Shower access"] },
    },
    {
      id: "laundry",
      label: { fr: "Laverie", en: "Laundry" },
      variants: { fr: ["Lave-linge", "Machine à laver", "Lessive"], en: ["Laundrette", "Washing machine", "Washing"] },
    },
    {
      id: "hygiene_kit",
      label: { fr: "Kit d'hygiène", en: "Hygiene kit" },
      variants: {
        fr: ["Produits d'hygiène", "Kits d'hygiène", "Hygiène"],
        en: ["Toiletries", "Hygiene products", "Hygiene"],
      },
    },
    {
      id: "left_luggage",
      label: { fr: "Bagagerie", en: "Left luggage" },
      variants: { fr: ["Consigne", "Casier"], en: ["Luggage storage", "Lockers"] },
    },
    {
      id: "postal_address",
      label: { fr: "Domiciliation", en: "Postal address" },
      variants: {
        fr: ["Adresse postale", "Domiciliation postale", "Courrier"],
        en: ["Mail address", "Postal service", "Correspondence address", "Mail"],
      },
    },
    {
      id: "shelter",
      label: { fr: "Hébergement d'urgence", en: "Emergency shelter" },
      variants: {
        fr: ["Hébergement", "Mise à l'abri", "Nuitée", "Accueil de nuit"],
        en: ["Shelter", "Emergency accommodation", "Night shelter", "Bed night"],
      },
    },
  ],
};
