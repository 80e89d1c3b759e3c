/**
 * Words, in French and English, that say a project succeeded, as written in an outcome column
 * (compared after `labelKey`: case, accents and spaces do not matter).
 *
 * @example
 * SUCCESS_WORDS.includes("réussi") // => true
 */
export const SUCCESS_WORDS: readonly string[] = [
  "succes",
  "succès",
  "reussi",
  "réussi",
  "reussite",
  "réussite",
  "atteint",
  "objectif atteint",
  "success",
  "successful",
  "succeeded",
  "achieved",
  "met",
  "positive",
  "positif",
];

/**
 * Words, in French and English, that say a project failed, as written in an outcome column.
 *
 * @example
 * FAILURE_WORDS.includes("échec") // => true
 */
export const FAILURE_WORDS: readonly string[] = [
  "echec",
  "échec",
  "raté",
  "non atteint",
  "non réussi",
  "abandonné",
  "abandon",
  "arrêté",
  "failure",
  "failed",
  "fail",
  "not achieved",
  "not met",
  "abandoned",
  "stopped",
  "negative",
  "négatif",
];
