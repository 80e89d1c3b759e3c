export { type CountDistinctOptions, type CountDistinctOutput, countDistinct } from "./count-distinct.js";
export { generateKeyText } from "./generate-key-text.js";
export { importKey, KEY_BYTES, safeImportKey } from "./import-key.js";
export { K_FLOOR, type PrivacyDefaults, privacyDefaults } from "./privacy-defaults.js";
export { PrivacyError } from "./privacy-error.js";
export { PseudonymKey } from "./pseudonym-key.js";
export { type PseudonymOptions, pseudonymise } from "./pseudonymise.js";
export { type SuppressOptions, type SuppressOutput, suppressSmallCells } from "./suppress-small-cells.js";
