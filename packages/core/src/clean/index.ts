export { applyPersonIds } from "./apply-person-ids.js";
export { applyRecipe, safeApplyRecipe } from "./apply-recipe.js";
export { CleanError } from "./clean-error.js";
export {
  type ChangeCount,
  type CleanOptions,
  type CleanReport,
  type CleanResult,
  cleanTable,
  type LabelMerge,
  safeCleanTable,
} from "./clean-table.js";
export {
  type ClusterOptions,
  clusterCounts,
  clusterLabels,
  type LabelCluster,
  type LabelClusterValue,
  LabelRule,
  MERGE_CONFIDENCE,
} from "./cluster-labels.js";
export {
  type DetectKindOptions,
  detectKind,
  KIND_THRESHOLD,
  type KindCandidate,
  type KindDetection,
  type KindEvidence,
  type KindInput,
  type KindPenalty,
} from "./detect-kind.js";
export { detectSchema, type SchemaDetection } from "./detect-schema.js";
export {
  type FillPersonIdsOptions,
  type FillPersonIdsResult,
  fillPersonIds,
  type PersonIdFill,
} from "./fill-person-ids.js";
export { type FoldedIdentifiers, foldIdentifierCase, IdentifierCase } from "./fold-identifier-case.js";
export { headerKey, keySimilarity } from "./header-key.js";
export { headerTokens } from "./header-tokens.js";
export { kindRefusal } from "./kind-refusal.js";
export { labelKey } from "./label-key.js";
export { fingerprintKey, formatKey, ngramKey, phoneticKey, prefixKey } from "./label-keys.js";
export {
  type HeaderMapping,
  type HeaderMatch,
  type MapHeadersOptions,
  type MappingOverride,
  mapHeaders,
  safeMapHeaders,
} from "./map-headers.js";
export {
  type DuplicateRow,
  DuplicateRule,
  type MergeDuplicateRowsOptions,
  type MergeDuplicateRowsResult,
  mergeDuplicateRows,
} from "./merge-duplicate-rows.js";
export { missingOptionalCells } from "./missing-optional-cells.js";
export { normalizeEmail } from "./normalize-email.js";
export { normalizePersonName } from "./normalize-person-name.js";
export { normalizePhone } from "./normalize-phone.js";
export { normalizeText } from "./normalize-text.js";
export { parseBoolean } from "./parse-boolean.js";
export { type DateOrder, detectDateOrder, parseDate } from "./parse-date.js";
export { parseDuration } from "./parse-duration.js";
export { type Gender, parseGender } from "./parse-gender.js";
export { parseNumber } from "./parse-number.js";
export { parseWave } from "./parse-wave.js";
export { isBlank, type Parsed } from "./parsed.js";
export { type ColumnProfile, PROFILE_SAMPLE, profileColumn } from "./profile-column.js";
export {
  type FieldRecipe,
  RECIPE_FORMAT,
  RECIPE_VERSION,
  type Recipe,
  recipeSchema,
  safeParseRecipe,
} from "./recipe.js";
export {
  type PersonIdResolution,
  PersonIdRule,
  type ResolvePersonIdsOptions,
  type ResolvePersonIdsResult,
  resolvePersonIds,
} from "./resolve-person-ids.js";
export { FieldKind, type FieldSpec, isSchemaName, SchemaName, schemaFields, schemas } from "./schemas.js";
export { tokenSimilarity } from "./token-similarity.js";
export { type ValidationResult, validate } from "./validate.js";
export { type ValueFit, valueFit } from "./value-fit.js";
export {
  activityVocabulary,
  armVocabulary,
  builtinVocabularies,
  exitVocabulary,
  genderVocabulary,
  groupOutcomeVocabulary,
  serviceVocabulary,
  situationVocabulary,
  statusVocabulary,
  type UserVocabulary,
  type Vocabulary,
  type VocabularyEntry,
  vocabularyFor,
} from "./vocabularies/index.js";
