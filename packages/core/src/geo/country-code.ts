/**
 * Country names and codes as written in French and English files, by ISO 3166-1 alpha-2 code
 * (keys without accents, lower case). French overseas départements and Corsica are France.
 */
const NAMES: Record<string, readonly string[]> = {
  FR: [
    "france",
    "fr",
    "fra",
    "france metropolitaine",
    "metropole",
    "guadeloupe",
    "martinique",
    "guyane",
    "guyane francaise",
    "french guiana",
    "la reunion",
    "reunion",
    "mayotte",
    "corse",
    "corsica",
    "saint pierre et miquelon",
    "saint barthelemy",
    "saint martin",
    "dom",
    "dom tom",
    "outre mer",
  ],
  BE: ["belgique", "belgium", "belgie", "belgien", "be", "bel"],
  CH: ["suisse", "switzerland", "schweiz", "svizzera", "ch", "che"],
  LU: ["luxembourg", "lu", "lux"],
  DE: ["allemagne", "germany", "deutschland", "de", "deu"],
  ES: ["espagne", "spain", "espana", "es", "esp"],
  IT: ["italie", "italy", "italia", "it", "ita"],
  PT: ["portugal", "pt", "prt"],
  NL: ["pays bas", "netherlands", "nederland", "hollande", "holland", "nl", "nld"],
  GB: [
    "royaume uni",
    "united kingdom",
    "uk",
    "gb",
    "gbr",
    "angleterre",
    "england",
    "great britain",
    "ecosse",
    "scotland",
  ],
  IE: ["irlande", "ireland", "ie", "irl"],
  US: ["etats unis", "etats unis d amerique", "united states", "united states of america", "usa", "us"],
  CA: ["canada", "ca", "can", "quebec"],
  AU: ["australie", "australia", "au", "aus"],
  MA: ["maroc", "morocco", "ma", "mar"],
  DZ: ["algerie", "algeria", "dz", "dza"],
  TN: ["tunisie", "tunisia", "tn", "tun"],
  SN: ["senegal", "sn", "sen"],
  CI: ["cote d ivoire", "ivory coast", "ci", "civ"],
  ML: ["mali", "ml", "mli"],
  CM: ["cameroun", "cameroon", "cm", "cmr"],
  MC: ["monaco", "mc", "mco"],
  AD: ["andorre", "andorra", "ad", "and"],
  PL: ["pologne", "poland", "pl", "pol"],
  RO: ["roumanie", "romania", "ro", "rou"],
  AT: ["autriche", "austria", "at", "aut"],
  DK: ["danemark", "denmark", "dk", "dnk"],
  SE: ["suede", "sweden", "se", "swe"],
  NO: ["norvege", "norway", "no", "nor"],
  UA: ["ukraine", "ua", "ukr"],
  HT: ["haiti", "ht", "hti"],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) for (const n of names) BY_NAME.set(n, code);

/**
 * Reads a country cell as an ISO 3166-1 alpha-2 code: French and English names ("Belgique",
 * "Belgium", "États-Unis"), two- and three-letter codes ("BE", "BEL"); French overseas
 * départements ("Guadeloupe", "La Réunion", "Mayotte") and Corsica are `"FR"`. Why: the country of a
 * row decides how its postcode is read, and a Belgian 1000 must not become the French 01000.
 *
 * @param value - a cell
 * @returns the code, or `null` when the cell is empty or not a known country
 * @example
 * countryCode("Belgique") // => "BE"
 */
export function countryCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const key = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (key === "") return null;
  return BY_NAME.get(key) ?? null;
}
