import { keySimilarity } from "./header-key.js";

/** How close two words are: 1 equal, 0.85 when one starts the other (3 letters or more), else a bigram Dice of 0.8 or more. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.85;
  if (short.length < 4) return 0;
  const s = keySimilarity(a, b);
  return s >= 0.8 ? s : 0;
}

/**
 * Token-based fuzzy similarity between two headers given as canonical words (see
 * {@link headerTokens}): each word of `a` is paired with its closest unpaired word of `b` (equal,
 * one a prefix of the other, or a typo away), and the pairs are scored like a Dice coefficient, so
 * word order does not matter and a missing or extra word costs in proportion.
 *
 * @param a - words of one header
 * @param b - words of the other
 * @returns from 0 (no word in common) to 1 (the same words)
 * @example
 * tokenSimilarity(["date", "activite"], ["activite", "date"]) // => 1
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const used = new Set<number>();
  let sum = 0;
  for (const wa of a) {
    let best = 0;
    let at = -1;
    b.forEach((wb, j) => {
      if (used.has(j)) return;
      const s = wordSimilarity(wa, wb);
      if (s > best) {
        best = s;
        at = j;
      }
    });
    if (at >= 0) {
      used.add(at);
      sum += best;
    }
  }
  return Math.round(((2 * sum) / (a.length + b.length)) * 1000) / 1000;
}
