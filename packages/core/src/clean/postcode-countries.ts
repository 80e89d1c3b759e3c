import type { NormalizePostcodesOptions } from "../geo/normalize-postcodes.js";

/**
 * The country options of {@link normalizePostcodes} for one table: the cells of its country column,
 * when it has one, and the default country (from the recipe or the `country` option).
 *
 * @param table - the table
 * @param header - the header of its country column, if any
 * @param country - the default country
 * @example
 * postcodeCountries(aq.table({ Pays: ["BE"] }), "Pays", undefined).countries // => ["BE"]
 */
export function postcodeCountries(
  table: { array(name: string): ArrayLike<unknown> },
  header: string | undefined,
  country: string | undefined,
): Pick<NormalizePostcodesOptions, "countries" | "country"> {
  const out: Pick<NormalizePostcodesOptions, "countries" | "country"> = {};
  if (header !== undefined) out.countries = table.array(header);
  if (country !== undefined) out.country = country;
  return out;
}
