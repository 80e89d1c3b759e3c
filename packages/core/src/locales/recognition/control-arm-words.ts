/**
 * Words, in French and English, that name a control or comparison arm in an arm column, normalised
 * (lower case, no accents, punctuation as spaces). Why: an outcome panel with two arms tells the
 * programme from the control by these words when neither is given.
 *
 * @example
 * CONTROL_ARM_WORDS.includes("temoin") // => true
 */
export const CONTROL_ARM_WORDS: readonly string[] = [
  "temoin",
  "controle",
  "control",
  "comparison",
  "comparaison",
  "waitlist",
  "wait list",
  "liste d attente",
  "usual care",
  "treatment as usual",
  "tau",
  "standard care",
  "soins habituels",
  "prise en charge habituelle",
  "no intervention",
  "sans intervention",
  "placebo",
];
