export { AGE_BANDS, type AgeBand, ageBand } from "./age-band.js";
export { type CountDistinctOptions, type CountDistinctOutput, countDistinct } from "./count-distinct.js";
export { DIRECT_IDENTIFIERS } from "./direct-identifiers.js";
export {
  type EnforceKAnonymityOptions,
  type EnforceKAnonymityOutput,
  enforceKAnonymity,
  type KChange,
  KStrategy,
} from "./enforce-k-anonymity.js";
export { generateKeyText } from "./generate-key-text.js";
export { importKey, KEY_BYTES, safeImportKey } from "./import-key.js";
export { isDirectIdentifierName } from "./is-direct-identifier-name.js";
export { type KAnonymityOptions, type KAnonymityReport, kAnonymity, type RareClass } from "./k-anonymity.js";
export { type MinimiseOptions, type MinimiseOutput, minimise } from "./minimise.js";
export { K_FLOOR, type PrivacyDefaults, privacyDefaults } from "./privacy-defaults.js";
export { PrivacyError } from "./privacy-error.js";
export { PseudonymKey } from "./pseudonym-key.js";
export { type PseudonymOptions, pseudonymise } from "./pseudonymise.js";
export { type SuppressOptions, type SuppressOutput, suppressSmallCells } from "./suppress-small-cells.js";
