import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Volunteer activities ("Mission", "Activité") of associations working on food aid, social support and education.
 * Why: one canonical label per meaning, whatever the spelling, in French and in English.
 *
 * @example
 * activityVocabulary.entries[0]?.label.fr // => "Distribution alimentaire"
 */
export const activityVocabulary: Vocabulary = {
  field: "activity",
  schemas: ["volunteers"],
  entries: [
    {
      id: "food_distribution",
      label: { fr: "Distribution alimentaire", en: "Food distribution" },
      variants: {
        fr: [
          "Distribution de colis",
          "Distribution de denrées",
          "Distribution de vivres",
          "Aide alimentaire",
          "Distrib alim",
        ],
        en: ["Food handout", "Food aid", "Parcel distribution", "Food parcels distribution", "Food bank shift"],
      },
    },
    {
      id: "reception_guidance",
      label: { fr: "Accueil et orientation", en: "Reception and guidance" },
      variants: {
        fr: [
          "Accueil",
          "Orientation",
          "Accueil du public",
          "Accueil écoute",
          "Accueil orientation",
          "Accueil et information",
        ],
        en: [
          "Reception",
          "Guidance",
          "Welcome desk",
          "Front desk",
          "Signposting",
          "Welcome and guidance",
          "Reception and signposting",
        ],
      },
    },
    {
      id: "homework_help",
      label: { fr: "Aide aux devoirs", en: "Homework help" },
      variants: {
        fr: ["Soutien scolaire", "Accompagnement scolaire", "Aide scolaire", "Aide aux leçons", "Tutorat", "CLAS"],
        en: ["Homework club", "Homework support", "Tutoring", "Study support", "After-school support"],
      },
    },
    {
      id: "street_outreach",
      label: { fr: "Maraude", en: "Street outreach" },
      variants: {
        fr: [
          "Maraude de nuit",
          "Maraude de jour",
          "Maraude sociale",
          "Tournée de rue",
          "Équipe mobile",
          "Tournée de nuit",
        ],
        en: ["Outreach", "Night outreach", "Street team", "Soup run", "Street patrol", "Outreach patrol"],
      },
    },
    {
      id: "food_drive",
      label: { fr: "Collecte", en: "Food drive" },
      variants: {
        fr: [
          "Collecte alimentaire",
          "Collecte magasin",
          "Collecte en magasin",
          "Collecte en supermarché",
          "Collecte nationale",
          "Ramasse",
        ],
        en: ["Food collection", "Supermarket collection", "Store collection", "Collection"],
      },
    },
    {
      id: "admin",
      label: { fr: "Administratif", en: "Admin" },
      variants: {
        fr: ["Administration", "Secrétariat", "Gestion administrative", "Tâches administratives", "Saisie"],
        en: [
          "Administration",
          "Administrative",
          "Office work",
          "Secretarial",
          "Paperwork",
          "Back office",
          "Data entry",
        ],
      },
    },
    {
      id: "social_support",
      label: { fr: "Accompagnement social", en: "Social support" },
      variants: {
        fr: ["Accompagnement", "Suivi social", "Accompagnement individuel", "Aide aux démarches", "Accès aux droits"],
        en: ["Support", "Casework", "Case work", "Social work", "Individual support", "Advocacy"],
      },
    },
    {
      id: "transport",
      label: { fr: "Transport", en: "Driving" },
      variants: {
        fr: ["Chauffeur", "Conducteur", "Conduite", "Chauffeur livreur", "Transport de denrées"],
        en: ["Driver", "Transport", "Transportation", "Van driver", "Delivery driver"],
      },
    },
    {
      id: "logistics",
      label: { fr: "Logistique", en: "Logistics" },
      variants: {
        fr: ["Tri", "Tri des dons", "Tri des denrées", "Gestion des stocks", "Stock", "Entrepôt", "Manutention"],
        en: ["Sorting", "Warehouse", "Stock management", "Stock", "Donation sorting"],
      },
    },
    {
      id: "cooking",
      label: { fr: "Cuisine", en: "Cooking" },
      variants: {
        fr: ["Atelier cuisine", "Préparation des repas", "Préparation repas", "Service des repas"],
        en: ["Kitchen", "Meal preparation", "Cooking class", "Meal service"],
      },
    },
    {
      id: "language_classes",
      label: { fr: "Cours de français", en: "Language classes" },
      variants: {
        fr: ["Alphabétisation", "FLE", "Français langue étrangère", "Atelier sociolinguistique", "ASL"],
        en: ["ESOL", "English classes", "Literacy", "Language class", "Conversation club"],
      },
    },
    {
      id: "fundraising",
      label: { fr: "Collecte de fonds", en: "Fundraising" },
      variants: {
        fr: ["Recherche de fonds", "Appel aux dons", "Mécénat", "Levée de fonds"],
        en: ["Fund raising", "Fund-raising", "Donor relations"],
      },
    },
    {
      id: "events",
      label: { fr: "Événementiel", en: "Events" },
      variants: {
        fr: ["Événement", "Animation", "Organisation d'événements", "Fête de quartier", "Stand"],
        en: ["Event", "Event organisation", "Community event", "Stall"],
      },
    },
  ],
};
