import { join } from "node:path";
import { openExport, openTruth } from "./export-writer.js";
import { headersFor } from "./header-variants.js";
import { SITUATIONS } from "./labels.js";
import { blankCell, isoDay, type MessOptions, renderDate, renderText } from "./mess.js";
import {
  type GenerateOptions,
  type GenerateResult,
  labelText,
  outputPaths,
  renderLabel,
  titleText,
} from "./options.js";
import { drawPeople, PERSON_TRUTH_HEADER, type Person, personTruth, renderPerson } from "./people.js";
import { createRandom, type Random, weightedPicker } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";

/** Headers of the beneficiary register, by language. */
export const BENEFICIARY_HEADERS = {
  fr: [
    "Identifiant",
    "Prénom",
    "NOM",
    "Téléphone",
    "Adresse",
    "Date de naissance",
    "Sexe",
    "Nb personnes foyer",
    "Code postal",
    "Commune",
    "Date premier contact",
    "Situation",
  ],
  en: [
    "ID",
    "First name",
    "LAST NAME",
    "Phone",
    "Address",
    "Date of birth",
    "Sex",
    "Household size",
    "Postcode",
    "Town",
    "First contact date",
    "Situation",
  ],
} as const;

/** The canonical field of each header, in column order (the truth of a header mapping). */
export const BENEFICIARY_FIELDS = [
  "person_id",
  "first_name",
  "last_name",
  "phone",
  "address",
  "birth_date",
  "gender",
  "household_size",
  "postcode",
  "commune",
  "first_contact_date",
  "situation",
] as const;

/** Columns of `truth/beneficiaries.csv`: one line per data row. */
export const BENEFICIARY_TRUTH_HEADER = [
  "line",
  "row_id",
  "person_id",
  "household_size",
  "situation",
  "first_contact_date",
  "duplicate_of",
  "ragged",
  "person_variant",
];

const STREETS = [
  "rue de la République",
  "avenue Jean-Jaurès",
  "rue Victor-Hugo",
  "boulevard Gambetta",
  "chemin des Oliviers",
  "rue des Écoles",
  "impasse des Lilas",
  "place de l'Église",
  "route de la Mer",
  "allée des Pins",
];

/** What the register knows of a beneficiary beyond identity. */
export interface Household {
  size: number;
  situation: (typeof SITUATIONS)[number];
  address: string;
}

const pickSituation = weightedPicker(SITUATIONS.map((s) => s.weight));

/**
 * The household of a beneficiary, drawn from its own stream so it is the same in every file.
 *
 * @param seed - generator seed
 * @param index - 0-based index of the person in the pool
 * @returns household size, situation and street address
 */
export function householdOf(seed: number, index: number): Household {
  const random: Random = createRandom(seed ^ 0x5bd1e995, 100_000 + index);
  const situation = SITUATIONS[pickSituation(random)]!;
  const size =
    situation.fr === "Personne seule" || situation.fr === "Sans domicile"
      ? 1
      : situation.fr === "Couple sans enfant"
        ? 2
        : random.int(2, situation.fr === "Famille monoparentale" ? 5 : 7);
  const address = situation.fr === "Sans domicile" ? "" : `${random.int(1, 120)} ${random.pick(STREETS)}`;
  return { size, situation, address };
}

/** Default size of the beneficiary pool for `rows` visits (about 5 visits each). */
export function beneficiaryPoolSize(visits: number): number {
  return Math.max(50, Math.round(visits / 5));
}

/**
 * Writes a beneficiary register (one row per registration) and its ground truth; some people are
 * registered twice under a new identifier and typed differently (the linkage problem).
 *
 * @param options - generation options (kind "beneficiaries")
 * @returns the file written and the summary truths
 */
export async function generateBeneficiaries(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const poolSize = options.people ?? options.rows;
  const people = drawPeople(seed, "beneficiaries", poolSize, 1940, 2007);
  const random = createRandom(seed, 12);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    headersFor(options.headers, BENEFICIARY_HEADERS[options.lang], BENEFICIARY_FIELDS, {
      seed: options.seed,
      lang: options.lang,
      kind: "beneficiaries",
      truthDir,
    }),
    titleText(english ? "beneficiaries" : "bénéficiaires", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "beneficiaries.csv"), BENEFICIARY_TRUTH_HEADER);
  const registered = new Set<string>();
  const bySituation = new Map<string, number>();
  const byBranch = new Map<string, number>();
  let written = 0;
  let duplicates = 0;
  let persons = 0;
  const row = (person: Person, household: Household, id: string, forceVariant: boolean): string[] => {
    const m: MessOptions = forceVariant ? { ...mess, personVariants: 1 } : mess;
    const p = renderPerson(person, random, m, english);
    return [
      id,
      p.firstName,
      p.lastName.toUpperCase(),
      p.phone,
      household.address === "" ? "" : (blankCell(random, mess) ?? renderText(household.address, random, mess)),
      p.birthDate,
      p.gender,
      blankCell(random, { ...mess, blanks: mess.blanks / 2 }) ?? String(household.size),
      p.postcode,
      p.commune,
      renderDate(person.startDay, random, mess, english),
      renderLabel(household.situation, random, mess, english),
    ];
  };
  for (let i = 0; i < people.length && written < options.rows; i++) {
    const person = people[i]!;
    const household = householdOf(seed, i);
    const first = await out.row(row(person, household, person.id, false));
    written++;
    persons++;
    registered.add(person.id);
    tally(bySituation, labelText(household.situation, english));
    tally(byBranch, person.branch.name);
    const base = [person.id, household.size, labelText(household.situation, english), isoDay(person.startDay)];
    await truth.row([first.line, person.id, ...base, null, first.ragged, ""]);
    if (written < options.rows && random.chance(mess.duplicates * 3)) {
      const newId = `B1${String(i + 1).padStart(5, "0")}`;
      const again = await out.row(row(person, household, newId, true));
      written++;
      duplicates++;
      await truth.row([again.line, newId, ...base, first.line, again.ragged, "re_registered"]);
    }
  }
  await out.close();
  await truth.close();
  const summary = {
    kind: "beneficiaries",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: written,
    distinct_beneficiaries: persons,
    registered_twice: duplicates,
    by_situation: sortedTally(bySituation),
    by_site: sortedTally(byBranch),
    mess,
  };
  const truthFiles: string[] = [];
  if (truthDir) {
    const peopleTruth = await openTruth(join(truthDir, "beneficiaries-people.csv"), PERSON_TRUTH_HEADER);
    for (const person of people) if (registered.has(person.id)) await peopleTruth.row(personTruth(person));
    await peopleTruth.close();
    truthFiles.push(join(truthDir, "beneficiaries.csv"), join(truthDir, "beneficiaries-people.csv"));
    truthFiles.push(writeSummary(truthDir, "beneficiaries", summary)!);
  }
  return { file, truthFiles, summary };
}
