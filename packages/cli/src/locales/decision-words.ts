/**
 * Words, in French and English, that accept a pair in the `decision` column of a link review file
 * given back with `--decisions` (compared lower-cased and trimmed). Why: a reviewer answers in the
 * language of the file they read.
 *
 * @example
 * ACCEPT_WORDS.has("accepté") // => true
 */
export const ACCEPT_WORDS: ReadonlySet<string> = new Set([
  "accept",
  "accepted",
  "yes",
  "y",
  "oui",
  "o",
  "accepter",
  "accepte",
  "accepté",
  "lier",
  "1",
]);

/**
 * Words, in French and English, that reject a pair in the `decision` column of a link review file.
 *
 * @example
 * REJECT_WORDS.has("rejeté") // => true
 */
export const REJECT_WORDS: ReadonlySet<string> = new Set([
  "reject",
  "rejected",
  "no",
  "n",
  "non",
  "rejeter",
  "rejete",
  "rejeté",
  "refuser",
  "0",
]);

/**
 * Words, in French and English, that take the proposed label in the `decision` column of a label
 * review file (`solidata labels`) given back with `clean --labels` (compared lower-cased and trimmed).
 *
 * @example
 * MERGE_WORDS.has("fusionner") // => true
 */
export const MERGE_WORDS: ReadonlySet<string> = new Set(["merge", "fusionner", "fusion", "oui", "yes"]);

/**
 * Words, in French and English, that keep a label as written in the `decision` column of a label
 * review file.
 *
 * @example
 * KEEP_WORDS.has("garder") // => true
 */
export const KEEP_WORDS: ReadonlySet<string> = new Set(["keep", "garder", "conserver", "non", "no"]);
