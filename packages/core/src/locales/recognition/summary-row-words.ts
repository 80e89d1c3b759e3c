/**
 * Words, in French and English, that open the label of a total row of a statistics table
 * (`Ensemble`, `Total général`, `Sous-total`), compared in lower case without accents. A label
 * that is exactly one of these words, or starts with one of the {@link TOTAL_PREFIXES}, is a total.
 *
 * @example
 * TOTAL_WORDS.includes("ensemble") // => true
 */
export const TOTAL_WORDS: readonly string[] = [
  "total",
  "totaux",
  "totals",
  "ensemble",
  "sous-total",
  "sous total",
  "subtotal",
  "sub-total",
  "grand total",
  "total general",
  "overall",
  "all",
  "somme",
  "cumul",
];

/**
 * Words that may be followed by more text in a total row's label (`Total France`, `TOTAL 2019`,
 * `Sous-total Nord`); `ensemble` is not one: `Ensemble vocal` is an association's name.
 *
 * @example
 * TOTAL_PREFIXES.includes("total") // => true
 */
export const TOTAL_PREFIXES: readonly string[] = ["total", "sous-total", "sous total", "subtotal", "sub-total"];

/**
 * Words that open a note under a table (`Source :`, `Champ :`, `Lecture :`), in lower case without
 * accents, as INSEE, DREES and data.gouv.fr exports write them; each is followed by `:` or `.`.
 *
 * @example
 * NOTE_WORDS.includes("lecture") // => true
 */
export const NOTE_WORDS: readonly string[] = [
  "source",
  "sources",
  "note",
  "notes",
  "champ",
  "lecture",
  "nb",
  "n.b",
  "remarque",
  "remarques",
  "avertissement",
  "definition",
  "definitions",
  "methodologie",
  "traitement",
  "reading",
  "scope",
  "coverage",
  "how to read",
  "methodology",
];
