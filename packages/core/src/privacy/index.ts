export { AGE_BANDS, type AgeBand, ageBand } from "./age-band.js";
export { cellKey } from "./cell-key.js";
export { type CountDistinctOptions, type CountDistinctOutput, countDistinct } from "./count-distinct.js";
export { DIRECT_IDENTIFIERS } from "./direct-identifiers.js";
export {
  type EnforceKAnonymityOptions,
  type EnforceKAnonymityOutput,
  enforceKAnonymity,
  type KChange,
  KStrategy,
} from "./enforce-k-anonymity.js";
export { generaliseQuasiIdentifiers, type QuasiChange } from "./generalise-quasi-identifiers.js";
export { generateKeyText } from "./generate-key-text.js";
export { importKey, KEY_BYTES, safeImportKey } from "./import-key.js";
export { isDirectIdentifierName } from "./is-direct-identifier-name.js";
export { isFreeTextColumn } from "./is-free-text-column.js";
export { type KAnonymityOptions, type KAnonymityReport, kAnonymity, type RareClass } from "./k-anonymity.js";
export { measurePerturbation, type PerturbationEffect } from "./measure-perturbation.js";
export { type MinimiseOptions, type MinimiseOutput, minimise } from "./minimise.js";
export { P_TABLE, type PTableRow, pTableRow } from "./p-table.js";
export { type PerturbCountOptions, perturbCount } from "./perturb-count.js";
export { K_FLOOR, type PrivacyDefaults, privacyDefaults } from "./privacy-defaults.js";
export { PrivacyError } from "./privacy-error.js";
export { CountUnit, type ProtectCountOptions, protectCount } from "./protect-count.js";
export {
  type DerivedPart,
  type ProtectDerivedInput,
  type ProtectDerivedOutput,
  protectDerived,
} from "./protect-derived.js";
export { type ProtectSumOptions, protectSum } from "./protect-sum.js";
export { protectSurvivalSteps, type SurvivalStep } from "./protect-survival-steps.js";
export { PseudonymKey } from "./pseudonym-key.js";
export { type PseudonymOptions, pseudonymise } from "./pseudonymise.js";
export {
  type PseudonymiseExportOptions,
  type PseudonymiseExportOutput,
  pseudonymiseExport,
} from "./pseudonymise-export.js";
export { publicFigure } from "./public-figure.js";
export { publicStatus } from "./public-status.js";
export { publicSuppressed } from "./public-suppressed.js";
export { publicTable } from "./public-table.js";
export { recordKeys } from "./record-keys.js";
export { type QuasiIdentifier, QuasiRole, suggestQuasiIdentifiers } from "./suggest-quasi-identifiers.js";
export {
  type DiversityFlag,
  type SuppressOptions,
  type SuppressOutput,
  suppressSmallCells,
} from "./suppress-small-cells.js";
export {
  type InternalStatus,
  type ProtectedFigure,
  PUBLIC_LABEL_CODE,
  PublicStatus,
  type PublicSuppressedCell,
} from "./types.js";
