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
