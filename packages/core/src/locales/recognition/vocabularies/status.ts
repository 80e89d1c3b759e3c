import type { Vocabulary } from "../../../clean/vocabularies/vocabulary.js";

/**
 * Statuses of a local group ("Statut", "État"), each with its meaning for counts of active groups:
 * `active` (running) or `inactive` (paused or closed).
 *
 * @example
 * statusVocabulary.entries.map((e) => e.meaning) // => ["active", "inactive", "inactive", "active"]
 */
export const statusVocabulary: Vocabulary = {
  field: "status",
  schemas: ["groups"],
  entries: [
    {
      id: "active",
      label: { fr: "Actif", en: "Active" },
      meaning: "active",
      variants: {
        fr: ["En activité", "Ouvert", "En fonctionnement", "Actif", "Active", "En cours"],
        en: ["Open", "Running", "Operating", "Live", "Ongoing"],
      },
    },
    {
      id: "dormant",
      label: { fr: "En sommeil", en: "Dormant" },
      meaning: "inactive",
      variants: {
        fr: ["Sommeil", "Mise en sommeil", "En pause", "Inactif", "Suspendu", "En veille", "En suspens"],
        en: ["Paused", "Inactive", "Suspended", "On hold", "On pause"],
      },
    },
    {
      id: "closed",
      label: { fr: "Fermé", en: "Closed" },
      meaning: "inactive",
      variants: {
        fr: ["Dissous", "Dissoute", "Dissolution", "Clôturé", "Fermeture", "Arrêté", "Cessé", "Radié", "Disparu"],
        en: ["Dissolved", "Closed down", "Shut", "Shut down", "Wound up", "Ended", "Defunct"],
      },
    },
    {
      id: "starting",
      label: { fr: "En création", en: "Being set up" },
      meaning: "active",
      variants: {
        fr: ["En projet", "En cours de création", "Création", "Nouveau"],
        en: ["Starting", "Start-up", "In creation", "New", "Forming"],
      },
    },
  ],
};
