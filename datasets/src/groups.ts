import { join } from "node:path";
import { type Branch, type Commune, loadBranches } from "./communes.js";
import { openExport, openTruth } from "./export-writer.js";
import { GROUP_OUTCOMES, GROUP_STATUSES } from "./labels.js";
import { dayNumber, isoDay, renderDate, renderText } from "./mess.js";
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
import { LOG_END } from "./volunteers.js";

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
  { name: "Liège", country: { fr: "Belgique", en: "Belgium" }, variants: ["BE", "Belgium"] },
  { name: "Genève", country: { fr: "Suisse", en: "Switzerland" }, variants: ["CH", "Suisse "] },
  { name: "Dakar", country: { fr: "Sénégal", en: "Senegal" }, variants: ["SN", "Senegal"] },
];
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
  let members = 0;
  for (let i = 1; i <= options.rows; i++) {
    const abroad = random.chance(0.06) ? random.pick(ABROAD) : undefined;
    const branch = branches[pickBranch(random)] as Branch;
    const commune = abroad ? abroad.name : (random.pick(branch.communes) as Commune).name;
    const country = abroad ? abroad.country[lang] : "France";
    const created = dayNumber(random.int(2008, 2024), random.int(1, 12), random.int(1, 28));
    const last = random.int(Math.min(created + 30, LOG_END), LOG_END);
    const age = LOG_END - last;
    const status = GROUP_STATUSES[age <= 183 ? 0 : age <= 730 ? 1 : 2]!;
    const size = status === GROUP_STATUSES[2] ? random.int(2, 12) : random.int(5, 80);
    const outcome = GROUP_OUTCOMES[pickOutcome(random)]!;
    const id = `GRP-${String(i).padStart(4, "0")}`;
    const name = `${random.pick(NAMES[lang])} ${commune}`;
    const countryText =
      abroad && random.chance(mess.labelVariants) ? random.pick(abroad.variants) : renderText(country, random, mess);
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
  };
  const truthFiles = truthDir ? [join(truthDir, "groups.csv"), writeSummary(truthDir, "groups", summary)!] : [];
  return { file, truthFiles, summary };
}
