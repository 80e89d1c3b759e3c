/**
 * The département code of a French postcode (internal to the privacy module): the first two
 * digits, three overseas (971…976, 984…988), 2A / 2B for Corsica (20000–20190 Corse-du-Sud,
 * 20200–20620 Haute-Corse). A four-digit postcode that lost its leading zero is padded first.
 * Returns `null` for anything that is not a postcode.
 */
export function departementOfPostcode(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  let text = String(value).trim().replace(/\s/g, "");
  if (/^\d{4}$/.test(text)) text = `0${text}`;
  if (!/^\d{5}$/.test(text)) return null;
  if (text.startsWith("97") || text.startsWith("98")) return text.slice(0, 3);
  if (text.startsWith("20")) return Number(text) < 20200 ? "2A" : "2B";
  if (text.startsWith("00")) return null;
  return text.slice(0, 2);
}
