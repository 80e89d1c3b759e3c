/**
 * Header words, in French and English, that tell a column holds free text written about a person
 * (notes, comments, remarks, observations): its values are never published. Compared with the
 * header's words, lower-cased, accents removed.
 *
 * @example
 * FREE_TEXT_HEADER_WORDS.includes("observations") // => true
 */
export const FREE_TEXT_HEADER_WORDS: readonly string[] = [
  "annotation",
  "annotations",
  "comment",
  "commentaire",
  "commentaires",
  "comments",
  "details",
  "memo",
  "note",
  "notes",
  "observation",
  "observations",
  "precision",
  "precisions",
  "remark",
  "remarks",
  "remarque",
  "remarques",
];
