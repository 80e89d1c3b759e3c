/**
 * Jaro–Winkler similarity of two strings, from 0 (nothing in common) to 1 (equal), with the usual
 * prefix scale 0.1 over at most 4 characters. Typos score high (> 0.9 for one slip in a long word).
 *
 * @example
 * jaroWinkler("martha", "marhta").toFixed(4) // => "0.9611"
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): letters added, dropped,
 * changed or swapped. Stops early and returns `max + 1` once the distance exceeds `max`.
 *
 * @example
 * editDistance("alimentaire", "alimentiare") // => 1
 */
export function editDistance(first: string, second: string, max = Number.POSITIVE_INFINITY): number {
  // the common start and end cost nothing: neighbours in a sorted list share long prefixes
  let start = 0;
  let endA = first.length;
  let endB = second.length;
  while (start < endA && start < endB && first.charCodeAt(start) === second.charCodeAt(start)) start++;
  while (endA > start && endB > start && first.charCodeAt(endA - 1) === second.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const a = first.slice(start, endA);
  const b = second.slice(start, endB);
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (lb + 1 > rows[0].length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(2 * (lb + 1));
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] as number;
}

/** Three rows of the distance matrix, reused from call to call. */
const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
