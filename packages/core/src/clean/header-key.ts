/**
 * Reduces a header to a comparison key: lower case, accents removed, punctuation as spaces,
 * spaces collapsed, camelCase and snake_case split into words. HXL hashtags keep their `#tag+attribute` shape with attributes sorted.
 *
 * @example
 * headerKey("  Tél. Portable ") // => "tel portable"
 * headerKey("#Contact +Phone") // => "#contact+phone"
 */
export function headerKey(header: string): string {
  const plain = header
    // camelCase and PascalCase words apart: "dateActivite" → "date Activite"
    .replace(/([a-z\u00e0-\u00ff])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  if (plain.startsWith("#")) {
    const [tag = "", ...attributes] = plain.replace(/\s+/g, "").split("+");
    return [tag, ...attributes.filter((a) => a !== "").sort()].join("+");
  }
  return plain
    .replace(/n°/g, "n ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How many keys' bigrams are kept: headers and synonyms are few, and compared again and again. */
const KEPT_BIGRAMS = 4096;
const keptBigrams = new Map<string, Map<string, number>>();

/** Character bigrams of a key, for a Dice similarity between headers; computed once per key (never changed by callers). */
function bigrams(key: string): Map<string, number> {
  const kept = keptBigrams.get(key);
  if (kept !== undefined) return kept;
  const grams = new Map<string, number>();
  const padded = ` ${key} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  if (keptBigrams.size >= KEPT_BIGRAMS) keptBigrams.clear();
  keptBigrams.set(key, grams);
  return grams;
}

/**
 * Dice coefficient between the character bigrams of two keys, from 0 (nothing shared) to 1 (same).
 *
 * @example
 * keySimilarity("heures", "heures") // => 1
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
