import { activityVocabulary } from "./activity.js";
import { armVocabulary } from "./arm.js";
import { exitVocabulary } from "./exit.js";
import { genderVocabulary } from "./gender.js";
import { groupOutcomeVocabulary } from "./group-outcome.js";
import { serviceVocabulary } from "./service.js";
import { situationVocabulary } from "./situation.js";
import { statusVocabulary } from "./status.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * Every built-in French and English vocabulary, one per categorical field of the schemas: volunteer
 * activities, visit services, household situations, group statuses (with their active/inactive
 * meaning), group results, follow-up exits, study arms and genders.
 *
 * @example
 * builtinVocabularies.map((v) => v.field).includes("activity") // => true
 */
export const builtinVocabularies: readonly Vocabulary[] = [
  activityVocabulary,
  serviceVocabulary,
  situationVocabulary,
  statusVocabulary,
  groupOutcomeVocabulary,
  exitVocabulary,
  armVocabulary,
  genderVocabulary,
];
