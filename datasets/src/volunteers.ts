import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openExport, openTruth } from "./export-writer.js";
import { headersFor } from "./header-variants.js";
import { ACTIVITIES } from "./labels.js";
import { dayNumber, isoDay, renderDate, renderDecimal, renderText } from "./mess.js";
import {
  type GenerateOptions,
  type GenerateResult,
  labelText,
  outputPaths,
  renderLabel,
  titleText,
} from "./options.js";
import { drawPeople, PERSON_TRUTH_HEADER, type Person, personTruth, renderPerson, STREAM } from "./people.js";
import { createRandom, weightedPicker } from "./random.js";

/** Headers of the volunteer activity log, by language. */
export const VOLUNTEER_HEADERS = {
  fr: [
    "N° adhérent",
    "Prénom",
    "Nom",
    "E-mail",
    "Tél. portable",
    "Code postal",
    "Ville",
    "Genre",
    "Date de naissance",
    "Date d'inscription",
    "Date de la mission",
    "Mission",
    "Nb d'heures",
    "Antenne",
  ],
  en: [
    "Member no",
    "First name",
    "Last name",
    "Email",
    "Phone",
    "Postcode",
    "City",
    "Gender",
    "Date of birth",
    "Sign-up date",
    "Activity date",
    "Activity",
    "Hours",
    "Branch",
  ],
} as const;

/** The canonical field of each header, in column order (the truth of a header mapping). */
export const VOLUNTEER_FIELDS = [
  "person_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "postcode",
  "commune",
  "gender",
  "birth_date",
  "signup_date",
  "activity_date",
  "activity",
  "hours",
  "site",
] as const;

/** Columns of `truth/volunteers.csv`: one line per data row. */
export const VOLUNTEER_TRUTH_HEADER = [
  "line",
  "person_id",
  "activity_date",
  "activity",
  "hours",
  "site",
  "duplicate_of",
  "ragged",
  "person_variant",
];

/** First and last day of the activity log. */
export const LOG_START = dayNumber(2024, 1, 1);
/** Last day of the activity log (also the end of observation of visits and groups). */
export const LOG_END = dayNumber(2025, 12, 31);

const HOURS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8];
const HOURS_WEIGHTS = [6, 5, 14, 8, 16, 6, 14, 3, 6, 5, 3, 2];

/** Default size of the volunteer pool for a log of `rows` rows (about 40 activities each). */
export function volunteerPoolSize(rows: number): number {
  return Math.max(30, Math.round(rows / 40));
}

/**
 * Writes a volunteer activity log (one row per activity) and its ground truth.
 *
 * Why: the volunteer log is the file associations have most; it is also the benchmark's input, so
 * it is streamed (no row kept) and writes 1M rows in seconds.
 *
 * @param options - generation options (kind "volunteers")
 * @returns the file written and the summary truths (distinct volunteers, hours by month, ...)
 */
export async function generateVolunteers(options: GenerateOptions): Promise<GenerateResult> {
  const { mess, seed } = options;
  const english = options.lang === "en";
  const people = drawPeople(seed, "volunteers", options.people ?? volunteerPoolSize(options.rows), 1945, 2007);
  const pickPerson = weightedPicker(people.map((p) => p.activity));
  const pickActivity = weightedPicker(ACTIVITIES.map((a) => a.weight));
  const pickHours = weightedPicker(HOURS_WEIGHTS);
  const random = createRandom(seed, STREAM.volunteerRows);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    headersFor(options.headers, VOLUNTEER_HEADERS[options.lang], VOLUNTEER_FIELDS, {
      seed: options.seed,
      lang: options.lang,
      kind: "volunteers",
      truthDir,
    }),
    titleText(english ? "volunteers" : "bénévolat", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "volunteers.csv"), VOLUNTEER_TRUTH_HEADER);
  const hoursByMonth = new Map<string, number>();
  const hoursByActivity = new Map<string, number>();
  const seen = new Set<string>();
  let records = 0;
  let duplicates = 0;
  let hoursTotal = 0;
  let written = 0;
  const branches = new Set<number>();
  while (written < options.rows) {
    const person = people[pickPerson(random)] as Person;
    const from = Math.max(person.startDay, LOG_START);
    const day = random.int(from, LOG_END);
    const activity = ACTIVITIES[pickActivity(random)]!;
    const hours = HOURS[pickHours(random)] as number;
    const siteBranch = random.chance(0.04) ? people[random.int(0, people.length - 1)]!.branch : person.branch;
    const signup = renderDate(person.startDay, random, mess, english);
    const copies = written + 1 < options.rows && random.chance(mess.duplicates) ? 2 : 1;
    let firstLine = 0;
    let p = renderPerson(person, random, mess, english);
    for (let copy = 0; copy < copies; copy++) {
      if (copy > 0 && random.chance(0.5)) p = renderPerson(person, random, mess, english);
      const cells = [
        p.id,
        p.firstName,
        p.lastName,
        p.email,
        p.phone,
        p.postcode,
        p.commune,
        p.gender,
        p.birthDate,
        signup,
        renderDate(day, random, mess, english),
        renderLabel(activity, random, mess, english),
        renderDecimal(hours, random, mess),
        renderText(siteBranch.name, random, mess),
      ];
      const at = await out.row(cells);
      written++;
      if (copy === 0) firstLine = at.line;
      await truth.row([
        at.line,
        person.id,
        isoDay(day),
        labelText(activity, english),
        hours,
        siteBranch.name,
        copy === 0 ? null : firstLine,
        at.ragged,
        p.variant,
      ]);
    }
    records++;
    duplicates += copies - 1;
    seen.add(person.id);
    branches.add(person.branchIndex);
    hoursTotal += hours;
    const month = isoDay(day).slice(0, 7);
    hoursByMonth.set(month, (hoursByMonth.get(month) ?? 0) + hours);
    const label = labelText(activity, english);
    hoursByActivity.set(label, (hoursByActivity.get(label) ?? 0) + hours);
  }
  await out.close();
  await truth.close();
  const truthFiles: string[] = [];
  const summary = {
    kind: "volunteers",
    seed,
    lang: options.lang,
    file: file.split(/[\\/]/).pop(),
    header_line: out.headerLine,
    rows: written,
    records,
    duplicates,
    distinct_volunteers: seen.size,
    hours_total: hoursTotal,
    hours_by_month: Object.fromEntries([...hoursByMonth].sort()),
    hours_by_activity: Object.fromEntries([...hoursByActivity].sort()),
    mess,
  };
  if (truthDir) {
    const peopleTruth = await openTruth(join(truthDir, "volunteers-people.csv"), PERSON_TRUTH_HEADER);
    for (const person of people) if (seen.has(person.id)) await peopleTruth.row(personTruth(person));
    await peopleTruth.close();
    writeFileSync(join(truthDir, "volunteers-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
    truthFiles.push("volunteers.csv", "volunteers-people.csv", "volunteers-summary.json");
  }
  return { file, truthFiles: truthFiles.map((f) => join(truthDir ?? "", f)), summary };
}
