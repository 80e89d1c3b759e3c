import { join } from "node:path";
import { openExport, openTruth } from "./export-writer.js";
import { EXITS } from "./labels.js";
import { blankCell, dayNumber, isoDay, renderDate, renderText } from "./mess.js";
import {
  type GenerateOptions,
  type GenerateResult,
  labelText,
  outputPaths,
  renderLabel,
  titleText,
} from "./options.js";
import { drawPeople } from "./people.js";
import { createRandom, weightedPicker } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";

/** Headers of the follow-up survey, by language. */
export const OUTCOME_HEADERS = {
  fr: [
    "Identifiant",
    "Mesure",
    "Score initial",
    "Date initiale",
    "Score suivi",
    "Date suivi",
    "Vague",
    "Sortie",
    "Groupe",
  ],
  en: ["ID", "Measure", "Baseline score", "Baseline date", "Follow-up score", "Follow-up date", "Wave", "Exit", "Arm"],
} as const;

/** Columns of `truth/outcomes.csv`: one line per data row. */
export const OUTCOME_TRUTH_HEADER = [
  "line",
  "person_id",
  "measure",
  "baseline_value",
  "baseline_date",
  "followup_value",
  "followup_date",
  "followup_wave",
  "outcome",
  "arm",
  "dropped",
  "ragged",
];

const MEASURE = { fr: "Bien-être (WEMWBS)", en: "Wellbeing (WEMWBS)" };
const ARMS = { fr: ["Accompagné", "Témoin"], en: ["Supported", "Control"] } as const;
/** Months after baseline of each wave. */
export const WAVE_MONTHS = [3, 6, 12] as const;
/** Mean gain per wave: supported arm, control arm (WEMWBS points). */
const GAIN = [3, 1] as const;
/** Chance to drop out before each wave. */
const DROP = 0.18;

const clampScore = (x: number): number => Math.max(14, Math.min(70, Math.round(x)));

/**
 * Writes a follow-up survey (one row per person and wave, wellbeing score 14–70) with drop-out, and
 * its ground truth. People are the first beneficiaries of the pool generated with the same seed.
 *
 * @param options - generation options (kind "outcomes")
 * @returns the file written and the summary truths (people, follow-ups per wave, mean change per arm)
 */
export async function generateOutcomes(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const people = drawPeople(
    seed,
    "beneficiaries",
    options.people ?? Math.max(10, Math.ceil(options.rows / 2)),
    1940,
    2007,
  );
  const random = createRandom(seed, 14);
  const pickExit = weightedPicker(EXITS.map((e) => e.weight));
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    OUTCOME_HEADERS[options.lang],
    titleText(english ? "follow-up" : "suivi", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "outcomes.csv"), OUTCOME_TRUTH_HEADER);
  const measure = english ? MEASURE.en : MEASURE.fr;
  const perWave = new Map<string, number>();
  const change = new Map<string, number>();
  const dropped = new Map<string, number>();
  const exits = new Map<string, number>();
  let written = 0;
  let persons = 0;
  for (let i = 0; i < people.length && written < options.rows; i++) {
    const person = people[i]!;
    const armIndex = random.chance(0.6) ? 0 : 1;
    const arm = ARMS[english ? "en" : "fr"][armIndex]!;
    const baseline = clampScore(40 + random.normal() * 8);
    const baselineDay = dayNumber(2024, random.int(1, 12), random.int(1, 28));
    persons++;
    for (let w = 0; w < WAVE_MONTHS.length && written < options.rows; w++) {
      const drops = random.chance(DROP);
      if (drops && random.chance(0.5)) {
        tally(dropped, `${arm}|${w + 1}`);
        break;
      }
      const followDay = baselineDay + Math.round(WAVE_MONTHS[w]! * 30.44) + random.int(-10, 10);
      const followup = drops ? null : clampScore(baseline + GAIN[armIndex] * (w + 1) + random.normal() * 5);
      const last = drops || w === WAVE_MONTHS.length - 1;
      const exit = last && !drops ? EXITS[pickExit(random)]! : undefined;
      const at = await out.row([
        renderText(person.id, random, mess),
        renderText(measure, random, mess),
        String(baseline),
        renderDate(baselineDay, random, mess, english),
        followup === null ? (blankCell(random, { ...mess, blanks: 1 }) ?? "") : String(followup),
        followup === null ? "" : renderDate(followDay, random, mess, english),
        random.chance(mess.labelVariants) ? `${english ? "W" : "V"}${w + 1}` : String(w + 1),
        exit ? renderLabel(exit, random, mess, english) : "",
        renderText(arm, random, mess),
      ]);
      written++;
      await truth.row([
        at.line,
        person.id,
        measure,
        baseline,
        isoDay(baselineDay),
        followup,
        followup === null ? null : isoDay(followDay),
        w + 1,
        exit ? labelText(exit, english) : null,
        arm,
        drops ? "true" : "false",
        at.ragged,
      ]);
      if (followup !== null) {
        tally(perWave, `${arm}|${w + 1}`);
        tally(change, `${arm}|${w + 1}`, followup - baseline);
      }
      if (exit) tally(exits, labelText(exit, english));
      if (drops) {
        tally(dropped, `${arm}|${w + 1}`);
        break;
      }
    }
  }
  await out.close();
  await truth.close();
  const meanChange = new Map([...change].map(([k, v]) => [k, v / (perWave.get(k) ?? 1)]));
  const summary = {
    kind: "outcomes",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: written,
    persons,
    followups_by_arm_wave: sortedTally(perWave),
    mean_change_by_arm_wave: sortedTally(meanChange),
    dropped_by_arm_wave: sortedTally(dropped),
    exits: sortedTally(exits),
    mess,
  };
  const truthFiles = truthDir ? [join(truthDir, "outcomes.csv"), writeSummary(truthDir, "outcomes", summary)!] : [];
  return { file, truthFiles, summary };
}
