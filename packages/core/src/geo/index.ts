export { countryCode } from "./country-code.js";
export { countryNumericCode } from "./country-numeric-code.js";
export {
  FOREIGN_FILE_SHARE,
  type NormalizedPostcodes,
  type NormalizePostcodesOptions,
  normalizePostcodes,
  type PostcodeProblem,
} from "./normalize-postcodes.js";
export { parsePostcode } from "./parse-postcode.js";
export {
  type CommuneRef,
  loadPostcodeReference,
  type PostcodeReference,
  postcodeReferenceFrom,
  type RawCommune,
} from "./postcode-reference.js";
