let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

/**
 * Jaro–Winkler similarity of two strings, from 0 (nothing in common) to 1 (equal): the Jaro
 * similarity (matching characters within a window, transpositions) raised for a shared prefix of
 * up to 4 characters, with the usual scaling factor 0.1.
 * Why: typing errors in names ("Dupont" / "Dupond", "Martin" / "Matrin") keep a high similarity,
 * which is what record linkage compares names with.
 *
 * @param a - first string (compared as given: fold case and accents before if needed)
 * @param b - second string
 * @param prefixScale - weight of the shared prefix, 0.1 by default (at most 0.25)
 * @returns the similarity; two empty strings give 1, one empty string gives 0
 * @example
 * jaroWinkler("martha", "marhta") // => 0.9611111111111111
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (matchedA.length < la || matchedB.length < lb) {
    matchedA = new Uint8Array(Math.max(la, 2 * matchedA.length));
    matchedB = new Uint8Array(Math.max(lb, 2 * matchedB.length));
  }
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ca) {
        matchedB[j] = 1;
        matchedA[i] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  const limit = Math.min(4, la, lb);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * Math.min(prefixScale, 0.25) * (1 - jaro);
}
