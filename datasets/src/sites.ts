import { join } from "node:path";
import { loadBranches } from "./communes.js";
import { openExport, openTruth } from "./export-writer.js";
import { renderCode, renderText } from "./mess.js";
import { type GenerateOptions, type GenerateResult, outputPaths, titleText } from "./options.js";
import { createRandom } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";

/** Headers of the directory of sites, by language; the country column only when countries are mixed. */
export const SITE_HEADERS = {
  fr: [
    "Nom",
    "Adresse",
    "Code postal",
    "Commune",
    "Pays",
    "Latitude",
    "Longitude",
    "Horaires d'ouverture",
    "Accessibilité PMR",
  ],
  en: ["Name", "Address", "Postcode", "City", "Country", "Latitude", "Longitude", "Opening hours", "Wheelchair access"],
} as const;

/** Columns of `truth/sites.csv`: one line per data row. */
export const SITE_TRUTH_HEADER = ["line", "name", "postcode", "commune", "country", "departement", "commune_code"];

/** Real places outside France with their postcode as their country writes it (never padded). */
export const FOREIGN_PLACES: Record<string, readonly { commune: string; postcode: string }[]> = {
  BE: [
    { commune: "Bruxelles", postcode: "1000" },
    { commune: "Ixelles", postcode: "1050" },
    { commune: "Anderlecht", postcode: "1070" },
    { commune: "Liège", postcode: "4000" },
    { commune: "Namur", postcode: "5000" },
    { commune: "Charleroi", postcode: "6000" },
    { commune: "Mons", postcode: "7000" },
    { commune: "Tournai", postcode: "7500" },
  ],
  CH: [
    { commune: "Genève", postcode: "1201" },
    { commune: "Lausanne", postcode: "1003" },
    { commune: "Fribourg", postcode: "1700" },
    { commune: "Neuchâtel", postcode: "2000" },
  ],
  AU: [
    { commune: "Brisbane", postcode: "4000" },
    { commune: "Clayfield", postcode: "4011" },
    { commune: "Fortitude Valley", postcode: "4006" },
    { commune: "Sydney", postcode: "2000" },
  ],
  US: [
    { commune: "Chicago", postcode: "60601" },
    { commune: "Chicago", postcode: "60606" },
    { commune: "Chicago", postcode: "60614" },
    { commune: "Evanston", postcode: "60201" },
  ],
};

const COUNTRY_NAMES: Record<string, { fr: string; en: string }> = {
  FR: { fr: "France", en: "France" },
  BE: { fr: "Belgique", en: "Belgium" },
  CH: { fr: "Suisse", en: "Switzerland" },
  AU: { fr: "Australie", en: "Australia" },
  US: { fr: "États-Unis", en: "United States" },
};
const KINDS_FR = [
  "Centre social",
  "Restos du Cœur",
  "Épicerie solidaire",
  "Maison des solidarités",
  "Accueil de jour",
  "Espace de vie sociale",
];
const KINDS_EN = ["Community centre", "Food bank", "Soup kitchen", "Drop-in centre", "Food pantry"];
const STREETS = ["rue de la Gare", "avenue de la Liberté", "place du Marché", "rue Haute", "quai des Bateliers"];
const HOURS = ["Lun-Ven 9h-12h 14h-17h", "Mar et Jeu 14h-17h", "Mer-Sam 10h-13h", "Lun-Ven 8h30-17h30", "Sam 9h-12h"];
const ACCESS = { fr: ["oui", "non", "partiel"], en: ["yes", "no", "partial"] };
/** Rough centres of each country, for plausible coordinates. */
const CENTRES: Record<string, [number, number]> = {
  FR: [46.6, 2.4],
  BE: [50.6, 4.6],
  CH: [46.8, 7.2],
  AU: [-27.5, 153.0],
  US: [41.9, -87.6],
};

/**
 * Writes a directory of the association's and its partners' sites (name, address, postcode,
 * commune, coordinates, opening hours, accessibility), and its truth. With `country: "mixed"`, a
 * third of the sites are in Belgium, Switzerland, Australia or the United States and the file has a
 * country column; with `country: "BE"` (or "CH", "AU", "US") every site is there and there is no
 * country column (the reader must be told). French postcodes may lose their leading zero (lostZeros);
 * foreign ones are written as their country writes them.
 *
 * @param options - generation options (kind "sites"; `country` "FR" by default)
 * @returns the file written and the summary truths (sites by country)
 */
export async function generateSites(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const country = (options.country ?? "FR").toUpperCase();
  if (country !== "FR" && country !== "MIXED" && !FOREIGN_PLACES[country]) {
    throw new Error(`generate: sites country must be FR, mixed or one of ${Object.keys(FOREIGN_PLACES).join(", ")}`);
  }
  const random = createRandom(seed, 21);
  const { file, truthDir } = outputPaths(options);
  const all = SITE_HEADERS[options.lang];
  const withCountry = country === "MIXED";
  const keep = all.map((_, i) => withCountry || i !== 4);
  const out = await openExport(
    file,
    all.filter((_, i) => keep[i]),
    titleText(english ? "sites" : "lieux", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "sites.csv"), SITE_TRUTH_HEADER);
  const communes = loadBranches().flatMap((b) => b.communes);
  const foreign = Object.keys(FOREIGN_PLACES);
  const byCountry = new Map<string, number>();
  const decimal = (text: string): string => (mess.decimalComma ? text.replace(".", ",") : text);
  for (let i = 0; i < options.rows; i++) {
    const where = country === "MIXED" ? (random.chance(1 / 3) ? random.pick(foreign) : "FR") : country;
    let place: { commune: string; postcode: string; departement: string | null; code: string | null };
    if (where === "FR") {
      const c = random.pick(communes);
      place = { commune: c.name, postcode: c.postcode, departement: c.departement, code: c.code };
    } else {
      const p = random.pick(FOREIGN_PLACES[where] ?? []);
      place = { commune: p.commune, postcode: p.postcode, departement: null, code: null };
    }
    const englishPlace = where === "AU" || where === "US";
    const name = `${random.pick(englishPlace ? KINDS_EN : KINDS_FR)} ${place.commune}${random.chance(0.3) ? ` ${i + 1}` : ""}`;
    const [lat, lon] = CENTRES[where] ?? [0, 0];
    const cells = [
      renderText(name, random, mess),
      `${random.int(1, 120)} ${random.pick(STREETS)}`,
      where === "FR" ? renderCode(place.postcode, random, mess) : place.postcode,
      renderText(place.commune, random, mess),
      (COUNTRY_NAMES[where] ?? { fr: where, en: where })[english ? "en" : "fr"],
      decimal((lat + (random.next() - 0.5)).toFixed(5)),
      decimal((lon + (random.next() - 0.5)).toFixed(5)),
      random.pick(HOURS),
      random.pick(ACCESS[english ? "en" : "fr"]),
    ].filter((_, k) => keep[k]);
    const at = await out.row(cells);
    await truth.row([at.line, name, place.postcode, place.commune, where, place.departement, place.code]);
    tally(byCountry, where);
  }
  await out.close();
  await truth.close();
  const summary = {
    kind: "sites",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: options.rows,
    country,
    sites_by_country: sortedTally(byCountry),
    mess,
  };
  const truthFiles = truthDir ? [join(truthDir, "sites.csv"), writeSummary(truthDir, "sites", summary)!] : [];
  return { file, truthFiles, summary };
}
