import { generateBeneficiaries } from "./beneficiaries.js";
import { generateGroups } from "./groups.js";
import type { ExtraKind, GenerateOptions, GenerateResult, Kind } from "./options.js";
import { generateOutcomes } from "./outcomes.js";
import { generateProjects } from "./projects.js";
import { generateSites } from "./sites.js";
import { generateVisitSignals } from "./visit-signals.js";
import { generateVisits } from "./visits.js";
import { generateVolunteers } from "./volunteers.js";
import { generateWideOutcomes } from "./wide-outcomes.js";

const GENERATORS: Record<Kind | ExtraKind, (options: GenerateOptions) => Promise<GenerateResult>> = {
  volunteers: generateVolunteers,
  beneficiaries: generateBeneficiaries,
  visits: generateVisits,
  outcomes: generateOutcomes,
  groups: generateGroups,
  sites: generateSites,
  "outcomes-wide": generateWideOutcomes,
  projects: generateProjects,
  "visits-signals": generateVisitSignals,
};

/**
 * Writes one generated file of the fictional association, with its ground truth beside it.
 *
 * Why: one entry point for the `pnpm gen` command, the samples script, the benchmark and the tests.
 *
 * @param options - kind, rows (≥ 1), seed, output folder, messes, language
 * @returns the file written, the truth files and the summary truths
 * @throws Error when rows is not a positive integer
 * @example
 * await generate({ kind: "volunteers", rows: 100, seed: 1, out: "/tmp/x", mess: MESS_PRESETS.heavy, lang: "fr", truth: true })
 * // => { file: "/tmp/x/benevoles.csv", ... }
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  if (!Number.isInteger(options.rows) || options.rows < 1) throw new Error("generate: rows must be a positive integer");
  return GENERATORS[options.kind](options);
}
