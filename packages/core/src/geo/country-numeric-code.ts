/** ISO 3166-1 numeric codes of the countries {@link countryCode} reads, by alpha-2 code. */
const NUMERIC: Record<string, string> = {
  FR: "250",
  BE: "056",
  CH: "756",
  LU: "442",
  DE: "276",
  ES: "724",
  IT: "380",
  PT: "620",
  NL: "528",
  GB: "826",
  IE: "372",
  US: "840",
  CA: "124",
  AU: "036",
  MA: "504",
  DZ: "012",
  TN: "788",
  SN: "686",
  CI: "384",
  ML: "466",
  CM: "120",
  MC: "492",
  AD: "020",
  PL: "616",
  RO: "642",
  AT: "040",
  DK: "208",
  SE: "752",
  NO: "578",
  UA: "804",
  HT: "332",
};

/**
 * The ISO 3166-1 numeric code (three digits, as text) of an alpha-2 country code.
 *
 * Why: world maps (Natural Earth, `world-atlas`) key countries by numeric code, while files and
 * {@link countryCode} give alpha-2 codes; the code is text so that "036" (Australia) keeps its zero.
 *
 * @param alpha2 - an ISO 3166-1 alpha-2 code, any case ("FR", "be")
 * @returns the numeric code, or `null` for a code outside the countries {@link countryCode} reads
 * @example
 * countryNumericCode("AU") // => "036"
 */
export function countryNumericCode(alpha2: string): string | null {
  return NUMERIC[alpha2.toUpperCase()] ?? null;
}
