export { type CountDistinctOptions, type CountDistinctOutput, countDistinct } from "./count-distinct.js";
export { K_FLOOR, type PrivacyDefaults, privacyDefaults } from "./privacy-defaults.js";
export { PrivacyError } from "./privacy-error.js";
export { type SuppressOptions, type SuppressOutput, suppressSmallCells } from "./suppress-small-cells.js";
