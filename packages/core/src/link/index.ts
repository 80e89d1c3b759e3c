export { compareBirthDates } from "./compare-birth-dates.js";
export { compareEmails } from "./compare-emails.js";
export { compareNames } from "./compare-names.js";
export { comparePhones } from "./compare-phones.js";
export { comparePostcodes } from "./compare-postcodes.js";
export { detectIdentityFields } from "./detect-identity-fields.js";
export { jaroWinkler } from "./jaro-winkler.js";
export { LinkError } from "./link-error.js";
export { linkRecords } from "./link-records.js";
export {
  type BlockingKey,
  type BlockingRule,
  type ColumnSource,
  type FieldContribution,
  type FieldModel,
  type IdentityColumn,
  IdentityKind,
  isIdentityKind,
  type LinkCluster,
  type LinkInput,
  type LinkOptions,
  type LinkPair,
  type LinkReport,
  type LinkResult,
  type LinkStep,
  type ReviewDecision,
} from "./types.js";
