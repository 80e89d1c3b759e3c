/** A true label, its English twin and the variants staff actually type. */
export interface Label {
  fr: string;
  en: string;
  /** Relative frequency. */
  weight: number;
  /** Variants of the French label (case and spaces are messed separately). */
  variantsFr: readonly string[];
  /** Variants of the English label. */
  variantsEn: readonly string[];
}

/** Volunteer activities ("Mission"). One French variant holds a semicolon, so it must be quoted. */
export const ACTIVITIES: readonly Label[] = [
  {
    fr: "Distribution alimentaire",
    en: "Food distribution",
    weight: 30,
    variantsFr: ["Distrib alimentaire", "distribution alim.", "Distribution Alimentaire", "Distributions alimentaires"],
    variantsEn: ["Food distrib", "food distribution", "Food Distributions"],
  },
  {
    fr: "Accueil et orientation",
    en: "Reception and guidance",
    weight: 18,
    variantsFr: ["Accueil; orientation", "Accueil/orientation", "Accueil - orientation", "accueil et orientation"],
    variantsEn: ["Reception; guidance", "Reception/guidance", "reception & guidance"],
  },
  {
    fr: "Aide aux devoirs",
    en: "Homework help",
    weight: 14,
    variantsFr: ["Aide aux devoir", "Soutien scolaire", "aide devoirs"],
    variantsEn: ["Homework club", "homework help"],
  },
  {
    fr: "Maraude",
    en: "Street outreach",
    weight: 9,
    variantsFr: ["Maraudes", "maraude de nuit", "Maraude "],
    variantsEn: ["Outreach", "street outreach"],
  },
  {
    fr: "Collecte",
    en: "Food drive",
    weight: 10,
    variantsFr: ["Collecte magasin", "Collectes", "collecte"],
    variantsEn: ["Food drives", "food drive"],
  },
  {
    fr: "Administratif",
    en: "Admin",
    weight: 7,
    variantsFr: ["Admin", "Secrétariat", "administratif"],
    variantsEn: ["Administration", "admin"],
  },
  {
    fr: "Accompagnement social",
    en: "Social support",
    weight: 8,
    variantsFr: ["Accompagnement", "Accomp. social", "accompagnement social"],
    variantsEn: ["Support", "social support"],
  },
  {
    fr: "Transport",
    en: "Driving",
    weight: 4,
    variantsFr: ["Chauffeur", "Transports", "transport"],
    variantsEn: ["Driver", "driving"],
  },
];

/** Services of a visit ("Service"). */
export const SERVICES: readonly Label[] = [
  {
    fr: "Colis alimentaire",
    en: "Food parcel",
    weight: 50,
    variantsFr: ["Colis", "colis alim", "Colis Alimentaire"],
    variantsEn: ["Parcel", "food parcel"],
  },
  {
    fr: "Épicerie solidaire",
    en: "Social grocery",
    weight: 25,
    variantsFr: ["Epicerie solidaire", "Épicerie", "epicerie sociale"],
    variantsEn: ["Grocery", "social grocery"],
  },
  {
    fr: "Vestiaire",
    en: "Clothing",
    weight: 12,
    variantsFr: ["Vestiaire solidaire", "vêtements"],
    variantsEn: ["Clothes", "clothing bank"],
  },
  {
    fr: "Permanence sociale",
    en: "Social advice",
    weight: 13,
    variantsFr: ["Permanence", "Rdv social", "permanence sociale"],
    variantsEn: ["Advice", "social advice"],
  },
];

/** Household situations of a beneficiary ("Situation"). */
export const SITUATIONS: readonly Label[] = [
  { fr: "Personne seule", en: "Single", weight: 35, variantsFr: ["Seul(e)", "isolé"], variantsEn: ["Alone"] },
  {
    fr: "Famille monoparentale",
    en: "Single parent",
    weight: 25,
    variantsFr: ["Monoparentale", "Famille mono"],
    variantsEn: ["Lone parent"],
  },
  {
    fr: "Couple avec enfants",
    en: "Couple with children",
    weight: 22,
    variantsFr: ["Couple + enfants"],
    variantsEn: ["Family"],
  },
  { fr: "Couple sans enfant", en: "Couple", weight: 10, variantsFr: ["Couple"], variantsEn: ["Couple no children"] },
  {
    fr: "Sans domicile",
    en: "Homeless",
    weight: 8,
    variantsFr: ["SDF", "Sans domicile fixe"],
    variantsEn: ["No fixed abode"],
  },
];

/** Statuses of a local group ("Statut"). */
export const GROUP_STATUSES: readonly Label[] = [
  { fr: "Actif", en: "Active", weight: 60, variantsFr: ["actif", "En activité"], variantsEn: ["active"] },
  { fr: "En sommeil", en: "Dormant", weight: 25, variantsFr: ["Sommeil", "en pause"], variantsEn: ["Inactive"] },
  { fr: "Fermé", en: "Closed", weight: 15, variantsFr: ["Ferme", "Dissous"], variantsEn: ["closed"] },
];

/** Results of a local group ("Résultat"). */
export const GROUP_OUTCOMES: readonly Label[] = [
  {
    fr: "Jardin partagé ouvert",
    en: "Shared garden opened",
    weight: 20,
    variantsFr: ["Jardin partagé"],
    variantsEn: ["Garden"],
  },
  {
    fr: "Repair café régulier",
    en: "Regular repair café",
    weight: 20,
    variantsFr: ["Repair café"],
    variantsEn: ["Repair cafe"],
  },
  { fr: "Épicerie créée", en: "Grocery created", weight: 15, variantsFr: ["Epicerie créée"], variantsEn: ["Grocery"] },
  { fr: "Aucun", en: "None", weight: 45, variantsFr: ["Rien", "aucun"], variantsEn: ["none"] },
];

/** Outcomes at the end of a follow-up ("Sortie"). */
export const EXITS: readonly Label[] = [
  { fr: "Emploi", en: "Employment", weight: 30, variantsFr: ["CDI/CDD", "emploi"], variantsEn: ["Job"] },
  { fr: "Formation", en: "Training", weight: 20, variantsFr: ["En formation"], variantsEn: ["training"] },
  { fr: "Logement", en: "Housing", weight: 15, variantsFr: ["Relogé"], variantsEn: ["Housed"] },
  { fr: "Sans solution", en: "No solution", weight: 35, variantsFr: ["Aucune", "sans solution"], variantsEn: ["None"] },
];

/** How gender is written, by true value. */
export const GENDER_TEXT = {
  fr: { female: ["F", "Femme", "Mme", "f"], male: ["H", "Homme", "M.", "M"], other: ["Autre", "NB"] },
  en: { female: ["F", "Female", "Mrs", "f"], male: ["M", "Male", "Mr", "m"], other: ["Other", "Non-binary"] },
} as const;

/** True gender values. */
export type Gender = "female" | "male" | "other";
