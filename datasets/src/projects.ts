import { join } from "node:path";
import { openExport, openTruth } from "./export-writer.js";
import { renderDecimal, renderText } from "./mess.js";
import { type GenerateOptions, type GenerateResult, outputPaths, titleText } from "./options.js";
import { createRandom } from "./random.js";
import { writeSummary } from "./summary.js";

/** Headers of the list of projects, by language. */
export const PROJECT_HEADERS = {
  fr: [
    "N° projet",
    "Nom du projet",
    "Résultat",
    "Coordinateur salarié",
    "Partenaires associés",
    "Milieu",
    "Bénévoles mobilisés",
    "Budget (€)",
  ],
  en: [
    "Project ID",
    "Project name",
    "Outcome",
    "Paid coordinator",
    "Partner organisations",
    "Setting",
    "Volunteers involved",
    "Budget (€)",
  ],
} as const;

/**
 * The true model of success: log-odds = intercept + Σ effect × factor (numbers standardised).
 * One strong factor (a paid coordinator, odds ratio e² ≈ 7.4), one moderate (partners, e^0.9 ≈ 2.5),
 * and factors with no effect at all: the setting, the volunteers involved and the budget.
 */
export const PROJECT_EFFECTS = {
  intercept: -1.2,
  coordinator: 2.0,
  partners: 0.9,
  setting: 0,
  volunteers: 0,
  budget: 0,
} as const;

const NAMES_FR = [
  "Jardin partagé",
  "Repair café",
  "Épicerie mobile",
  "Atelier cuisine",
  "Aide aux devoirs",
  "Fête de quartier",
  "Friperie",
  "Permanence numérique",
];
const NAMES_EN = [
  "Community garden",
  "Repair café",
  "Mobile pantry",
  "Cooking workshop",
  "Homework club",
  "Street party",
  "Thrift shop",
  "Digital help desk",
];
const SETTINGS = { fr: ["Urbain", "Rural", "Périurbain"], en: ["Urban", "Rural", "Peri-urban"] };
const OUTCOME_WORDS = {
  fr: {
    success: ["Succès", "Succès", "Succès", "réussi", "Objectif atteint"],
    failure: ["Échec", "Échec", "Echec", "non atteint"],
  },
  en: {
    success: ["Success", "Success", "Success", "succeeded", "Achieved"],
    failure: ["Failure", "Failure", "failed", "Not achieved"],
  },
};
const YES_NO = { fr: ["oui", "non"], en: ["yes", "no"] };

/** Columns of `truth/projects.csv`: one line per data row. */
export const PROJECT_TRUTH_HEADER = [
  "line",
  "project_id",
  "success",
  "coordinator",
  "partners",
  "setting",
  "volunteers",
  "budget",
  "probability",
];

/**
 * Writes a list of projects of a network (one row per project: its result and what it had: a paid
 * coordinator, partners, its setting, the volunteers involved, its budget) whose success follows a
 * known logistic model ({@link PROJECT_EFFECTS}), and its truth: each project's factors and
 * probability, and the true effects in `projects-summary.json`.
 *
 * @param options - generation options (kind "projects"; rows = projects)
 * @returns the file written and the summary truths (true effects, the strongest factor, the factors without effect)
 */
export async function generateProjects(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const lang = options.lang;
  const english = lang === "en";
  const random = createRandom(seed, 31);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    PROJECT_HEADERS[lang],
    titleText(english ? "projects" : "projets", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "projects.csv"), PROJECT_TRUTH_HEADER);
  let successes = 0;
  const e = PROJECT_EFFECTS;
  for (let i = 0; i < options.rows; i++) {
    const coordinator = random.chance(0.45) ? 1 : 0;
    const partners = random.chance(0.5) ? 1 : 0;
    const setting = random.int(0, 2);
    const volunteers = Math.max(1, Math.round(12 + 5 * random.normal()));
    const budget = Math.max(500, Math.round((6000 + 2500 * random.normal()) / 100) * 100);
    const eta =
      e.intercept +
      e.coordinator * coordinator +
      e.partners * partners +
      e.setting * setting +
      e.volunteers * ((volunteers - 12) / 5) +
      e.budget * ((budget - 6000) / 2500);
    const probability = 1 / (1 + Math.exp(-eta));
    const success = random.chance(probability) ? 1 : 0;
    successes += success;
    const id = `P${String(i + 1).padStart(3, "0")}`;
    const words = OUTCOME_WORDS[lang][success ? "success" : "failure"];
    const yesNo = YES_NO[lang];
    const at = await out.row([
      id,
      renderText(`${random.pick(english ? NAMES_EN : NAMES_FR)} ${i + 1}`, random, mess),
      random.pick(words),
      yesNo[coordinator ? 0 : 1] as string,
      yesNo[partners ? 0 : 1] as string,
      SETTINGS[lang][setting] as string,
      String(volunteers),
      renderDecimal(budget, random, mess),
    ]);
    await truth.row([
      at.line,
      id,
      success,
      coordinator,
      partners,
      SETTINGS[lang][setting] as string,
      volunteers,
      budget,
      Math.round(probability * 1e6) / 1e6,
    ]);
  }
  await out.close();
  await truth.close();
  const headers = PROJECT_HEADERS[lang];
  const summary = {
    kind: "projects",
    seed,
    lang,
    header_line: out.headerLine,
    rows: options.rows,
    projects: options.rows,
    successes,
    effects: e,
    /** the header of the strongest factor, and of the factors without effect */
    strongest: headers[3],
    moderate: headers[4],
    no_effect: [headers[5], headers[6], headers[7]],
    mess,
  };
  const truthFiles = truthDir ? [join(truthDir, "projects.csv"), writeSummary(truthDir, "projects", summary)!] : [];
  return { file, truthFiles, summary };
}
