import { activityVocabulary } from "../../locales/recognition/vocabularies/activity.js";
import { armVocabulary } from "../../locales/recognition/vocabularies/arm.js";
import { exitVocabulary } from "../../locales/recognition/vocabularies/exit.js";
import { genderVocabulary } from "../../locales/recognition/vocabularies/gender.js";
import { groupOutcomeVocabulary } from "../../locales/recognition/vocabularies/group-outcome.js";
import { serviceVocabulary } from "../../locales/recognition/vocabularies/service.js";
import { situationVocabulary } from "../../locales/recognition/vocabularies/situation.js";
import { statusVocabulary } from "../../locales/recognition/vocabularies/status.js";
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
