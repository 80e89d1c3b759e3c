import { join } from "node:path";
import { type Branch, type Commune, loadBranches } from "./communes.js";
import { openExport, openTruth } from "./export-writer.js";
import { GROUP_OUTCOMES, GROUP_STATUSES } from "./labels.js";
import { civil, dayNumber, isoDay, renderDate, renderText } from "./mess.js";
import {
  type GenerateOptions,
  type GenerateResult,
  labelText,
  outputPaths,
  renderLabel,
  titleText,
} from "./options.js";
import { createRandom, weightedPicker } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";
import { LOG_END, LOG_START } from "./volunteers.js";

/** Headers of the list of local groups, by language. */
export const GROUP_HEADERS = {
  fr: [
    "Code groupe",
    "Nom du groupe",
    "Commune",
    "Pays",
    "Date de création",
    "Dernière activité",
    "Statut",
    "Membres",
    "Résultat",
  ],
  en: ["Group code", "Group name", "Town", "Country", "Created", "Last activity", "Status", "Members", "Result"],
} as const;

/** Columns of `truth/groups.csv`: one line per data row. */
export const GROUP_TRUTH_HEADER = [
  "line",
  "group_id",
  "name",
  "commune",
  "country",
  "created_date",
  "last_activity_date",
  "status",
  "members",
  "outcome",
  "ragged",
];

const ABROAD = [
  { name: "Liège", code: "BE", country: { fr: "Belgique", en: "Belgium" }, variants: ["BE", "Belgium"] },
  { name: "Genève", code: "CH", country: { fr: "Suisse", en: "Switzerland" }, variants: ["CH", "Suisse "] },
  { name: "Dakar", code: "SN", country: { fr: "Sénégal", en: "Senegal" }, variants: ["SN", "Senegal"] },
];

/** Countries a network of groups may span (ISO 3166-1 alpha-2, French and English names), France first. */
export const GROUP_COUNTRIES: readonly { code: string; fr: string; en: string }[] = [
  { code: "FR", fr: "France", en: "France" },
  { code: "BE", fr: "Belgique", en: "Belgium" },
  { code: "CH", fr: "Suisse", en: "Switzerland" },
  { code: "SN", fr: "Sénégal", en: "Senegal" },
  { code: "MA", fr: "Maroc", en: "Morocco" },
  { code: "CA", fr: "Canada", en: "Canada" },
  { code: "ES", fr: "Espagne", en: "Spain" },
  { code: "IT", fr: "Italie", en: "Italy" },
  { code: "DE", fr: "Allemagne", en: "Germany" },
  { code: "PT", fr: "Portugal", en: "Portugal" },
  { code: "LU", fr: "Luxembourg", en: "Luxembourg" },
  { code: "NL", fr: "Pays-Bas", en: "Netherlands" },
  { code: "GB", fr: "Royaume-Uni", en: "United Kingdom" },
  { code: "IE", fr: "Irlande", en: "Ireland" },
  { code: "US", fr: "États-Unis", en: "United States" },
  { code: "AU", fr: "Australie", en: "Australia" },
  { code: "DZ", fr: "Algérie", en: "Algeria" },
  { code: "TN", fr: "Tunisie", en: "Tunisia" },
  { code: "CI", fr: "Côte d'Ivoire", en: "Ivory Coast" },
  { code: "ML", fr: "Mali", en: "Mali" },
  { code: "CM", fr: "Cameroun", en: "Cameroon" },
  { code: "PL", fr: "Pologne", en: "Poland" },
  { code: "RO", fr: "Roumanie", en: "Romania" },
  { code: "AT", fr: "Autriche", en: "Austria" },
  { code: "DK", fr: "Danemark", en: "Denmark" },
  { code: "SE", fr: "Suède", en: "Sweden" },
  { code: "NO", fr: "Norvège", en: "Norway" },
  { code: "UA", fr: "Ukraine", en: "Ukraine" },
  { code: "HT", fr: "Haïti", en: "Haiti" },
];

/** Months of the census rule of the truth: a group is active when it acted in the last 12 months of the log. */
export const CENSUS_MONTHS = 12;

const SYLLABLES = ["ba", "vel", "mor", "ti", "lan", "ro", "ska", "nev", "du", "pol", "ar", "quen", "sil", "ma", "tor"];
const ENDINGS = ["ville", "berg", "mont", "ford", "ia", "ano", "stad", "ec", "ou", "heim"];

/** A fictional town name abroad: two syllables and an ending, capitalised. */
function townName(random: ReturnType<typeof createRandom>): string {
  const word = `${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}${random.pick(ENDINGS)}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One group of the truth, as the census reads it. */
interface CensusRow {
  country: string;
  commune: string;
  created: number;
  last: number;
  closed: boolean;
}

/**
 * The census truth of a list of groups, computed from the true dates: the rule is the one the
 * report states (active = last action on or after the day after `reference end − 12 months`).
 */
function censusTruth(rows: readonly CensusRow[]): Record<string, unknown> {
  const [y, m, d] = civil(LOG_END);
  const back = y * 12 + (m - 1) - CENSUS_MONTHS;
  const by = Math.floor(back / 12);
  const bm = back - by * 12;
  const windowStart = Math.min(dayNumber(by, bm + 1, d), dayNumber(by, bm + 2, 1) - 1) + 1;
  const byCountry = new Map<string, { groups: number; active: number }>();
  const communes = new Set<string>();
  const newByYear = new Map<string, number>();
  const closedByYear = new Map<string, number>();
  let active = 0;
  let reported = 0;
  for (const r of rows) {
    const isActive = r.last >= windowStart;
    if (isActive) active++;
    if (r.last >= LOG_START) reported++;
    const c = byCountry.get(r.country) ?? { groups: 0, active: 0 };
    c.groups++;
    if (isActive) c.active++;
    byCountry.set(r.country, c);
    communes.add(`${r.country}|${r.commune.toLowerCase()}`);
    tally(newByYear, String(civil(r.created)[0]));
    if (r.closed) tally(closedByYear, String(civil(r.last)[0]));
  }
  return {
    reference_end: isoDay(LOG_END),
    period_from: isoDay(LOG_START),
    active_within_months: CENSUS_MONTHS,
    window_start: isoDay(windowStart),
    total: rows.length,
    active,
    inactive: rows.length - active,
    reported_in_period: reported,
    countries: byCountry.size,
    communes: communes.size,
    by_country_code: Object.fromEntries([...byCountry].sort(([a], [b]) => a.localeCompare(b))),
    new_by_year: sortedTally(newByYear),
    closed_by_year: sortedTally(closedByYear),
  };
}
const NAMES = { fr: ["Collectif", "Groupe local", "Entraide"], en: ["Collective", "Local group", "Mutual aid"] };

/**
 * Writes a list of local groups with their history (creation, last activity, status, members,
 * result) and its ground truth. Status follows last activity: active within 6 months, dormant
 * within 2 years, closed before.
 *
 * @param options - generation options (kind "groups")
 * @returns the file written and the summary truths
 */
export async function generateGroups(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const lang = english ? "en" : "fr";
  const branches = loadBranches();
  const pickBranch = weightedPicker(branches.map((b) => b.weight));
  const pickOutcome = weightedPicker(GROUP_OUTCOMES.map((o) => o.weight));
  const random = createRandom(seed, 15);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    GROUP_HEADERS[lang],
    titleText(english ? "local groups" : "groupes locaux", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "groups.csv"), GROUP_TRUTH_HEADER);
  const byStatus = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const census: CensusRow[] = [];
  let members = 0;
  // a network across countries: its own random stream, so the samples' bytes do not change
  const spread = options.countries === undefined ? null : spreadCountries(options.countries, seed);
  for (let i = 1; i <= options.rows; i++) {
    const place = spread?.next(i);
    const abroad = place ? undefined : random.chance(0.06) ? random.pick(ABROAD) : undefined;
    const branch = branches[pickBranch(random)] as Branch;
    const commune = place ? place.commune : abroad ? abroad.name : (random.pick(branch.communes) as Commune).name;
    const country = place ? place.country[lang] : abroad ? abroad.country[lang] : "France";
    const created = dayNumber(random.int(2008, 2024), random.int(1, 12), random.int(1, 28));
    const last = random.int(Math.min(created + 30, LOG_END), LOG_END);
    const age = LOG_END - last;
    const status = GROUP_STATUSES[age <= 183 ? 0 : age <= 730 ? 1 : 2]!;
    const size = status === GROUP_STATUSES[2] ? random.int(2, 12) : random.int(5, 80);
    const outcome = GROUP_OUTCOMES[pickOutcome(random)]!;
    const id = `GRP-${String(i).padStart(4, "0")}`;
    const name = `${random.pick(NAMES[lang])} ${commune}`;
    const variants = place ? place.variants : abroad?.variants;
    const countryText =
      variants && random.chance(mess.labelVariants) ? random.pick(variants) : renderText(country, random, mess);
    const at = await out.row([
      id,
      renderText(name, random, mess),
      renderText(commune, random, mess),
      countryText,
      renderDate(created, random, mess, english),
      renderDate(last, random, mess, english),
      renderLabel(status, random, mess, english),
      String(size),
      renderLabel(outcome, random, mess, english),
    ]);
    await truth.row([
      at.line,
      id,
      name,
      commune,
      country,
      isoDay(created),
      isoDay(last),
      labelText(status, english),
      size,
      labelText(outcome, english),
      at.ragged,
    ]);
    tally(byStatus, labelText(status, english));
    tally(byCountry, country);
    members += size;
    if (!at.ragged)
      census.push({
        country: place ? place.code : abroad ? abroad.code : "FR",
        commune,
        created,
        last,
        closed: status === GROUP_STATUSES[2],
      });
  }
  await out.close();
  await truth.close();
  const summary = {
    kind: "groups",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: options.rows,
    members_total: members,
    by_status: sortedTally(byStatus),
    by_country: sortedTally(byCountry),
    mess,
    census: censusTruth(census),
  };
  const truthFiles = truthDir ? [join(truthDir, "groups.csv"), writeSummary(truthDir, "groups", summary)!] : [];
  return { file, truthFiles, summary };
}

/** Places of a network across `count` countries: France about 40 %, the others evenly, each country at least once. */
function spreadCountries(
  count: number,
  seed: number,
): { next(i: number): { code: string; commune: string; country: { fr: string; en: string }; variants: string[] } } {
  if (!Number.isInteger(count) || count < 1 || count > GROUP_COUNTRIES.length)
    throw new Error(`generate: countries must be an integer from 1 to ${GROUP_COUNTRIES.length}`);
  const random = createRandom(seed, 16);
  const french = loadBranches().flatMap((b) => b.communes.map((c) => c.name));
  const chosen = GROUP_COUNTRIES.slice(0, count);
  const towns = new Map<string, string[]>();
  for (const c of chosen.slice(1)) {
    const names = new Set<string>();
    while (names.size < 15) names.add(townName(random));
    towns.set(c.code, [...names]);
  }
  return {
    next(i) {
      const abroad = chosen.slice(1);
      const country = (
        i <= count ? chosen[i - 1] : abroad.length === 0 || random.chance(0.4) ? chosen[0] : random.pick(abroad)
      ) as { code: string; fr: string; en: string };
      const commune = country.code === "FR" ? random.pick(french) : random.pick(towns.get(country.code) ?? [""]);
      return {
        code: country.code,
        commune,
        country: { fr: country.fr, en: country.en },
        variants: [country.code, country.code === "FR" ? "FRANCE" : country.en],
      };
    },
  };
}
