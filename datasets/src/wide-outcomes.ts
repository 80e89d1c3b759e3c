import { join } from "node:path";
import { openExport, openTruth } from "./export-writer.js";
import { renderText } from "./mess.js";
import { type GenerateOptions, type GenerateResult, outputPaths, titleText } from "./options.js";
import { WAVE_MONTHS } from "./outcomes.js";
import { drawPeople } from "./people.js";
import { createRandom } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";

/** Headers of the wide survey: one score column per wave (baseline, 3, 6 and 12 months), by language. */
export const WIDE_OUTCOME_HEADERS = {
  fr: ["Identifiant", "Groupe", "WEMWBS entrée", "WEMWBS 3 mois", "WEMWBS 6 mois", "WEMWBS 12 mois"],
  en: ["ID", "Arm", "wemwbs_baseline", "wemwbs_3m", "wemwbs_6m", "wemwbs_12m"],
} as const;

/** Columns of `truth/outcomes-wide.csv`: one line per person and follow-up wave (the long form). */
export const WIDE_OUTCOME_TRUTH_HEADER = [
  "line",
  "person_id",
  "arm",
  "wave_months",
  "baseline_value",
  "followup_value",
];

const ARMS = { fr: ["Accompagné", "Témoin"], en: ["Supported", "Control"] } as const;
const GAIN = [3, 1] as const;
const DROP = 0.18;
const clampScore = (x: number): number => Math.max(14, Math.min(70, Math.round(x)));

/**
 * Writes a follow-up survey in wide form, as spreadsheets often hold it: one row per person, one
 * wellbeing (WEMWBS, higher is better) column per wave (baseline, 3, 6, 12 months), a blank cell once
 * the person dropped out. The truth is the long form (one line per person and follow-up wave, the
 * follow-up value empty when not answered), which a reshaped file must equal.
 *
 * @param options - generation options (kind "outcomes-wide"; rows = people)
 * @returns the file written and the summary truths (answers per wave, mean change per arm and wave)
 */
export async function generateWideOutcomes(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const people = drawPeople(seed, "beneficiaries", options.people ?? options.rows, 1940, 2007);
  const random = createRandom(seed, 22);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    WIDE_OUTCOME_HEADERS[options.lang],
    titleText(english ? "follow-up" : "suivi", english),
    { ...mess, ragged: 0 },
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "outcomes-wide.csv"), WIDE_OUTCOME_TRUTH_HEADER);
  const answered = new Map<string, number>();
  const change = new Map<string, number>();
  let written = 0;
  for (let i = 0; i < people.length && written < options.rows; i++) {
    const person = people[i]!;
    const armIndex = random.chance(0.6) ? 0 : 1;
    const arm = ARMS[english ? "en" : "fr"][armIndex]!;
    const baseline = clampScore(40 + random.normal() * 8);
    const followups: (number | null)[] = [];
    let dropped = false;
    for (let w = 0; w < WAVE_MONTHS.length; w++) {
      if (!dropped && random.chance(DROP)) dropped = true;
      followups.push(dropped ? null : clampScore(baseline + GAIN[armIndex] * (w + 1) + random.normal() * 5));
    }
    const at = await out.row([
      person.id,
      renderText(arm, random, mess),
      String(baseline),
      ...followups.map((f) => (f === null ? "" : String(f))),
    ]);
    written++;
    for (let w = 0; w < WAVE_MONTHS.length; w++) {
      const f = followups[w] ?? null;
      await truth.row([at.line, person.id, arm, WAVE_MONTHS[w]!, baseline, f]);
      if (f !== null) {
        tally(answered, `${arm}|${WAVE_MONTHS[w]}`);
        tally(change, `${arm}|${WAVE_MONTHS[w]}`, f - baseline);
      }
    }
  }
  await out.close();
  await truth.close();
  const meanChange = new Map([...change].map(([k, v]) => [k, v / (answered.get(k) ?? 1)]));
  const summary = {
    kind: "outcomes-wide",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: written,
    answered_by_arm_wave: sortedTally(answered),
    mean_change_by_arm_wave: sortedTally(meanChange),
    mess,
  };
  const truthFiles = truthDir
    ? [join(truthDir, "outcomes-wide.csv"), writeSummary(truthDir, "outcomes-wide", summary)!]
    : [];
  return { file, truthFiles, summary };
}
