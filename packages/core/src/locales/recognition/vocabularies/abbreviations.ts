/**
 * Short forms that stand for a word on their own, without a dot. A token listed here may be matched as
 * the start of a longer word even when nothing else in the label confirms it ("Admin" ~ "Administratif").
 */
export const KNOWN_PREFIXES: ReadonlySet<string> = new Set([
  "accomp",
  "accompt",
  "admin",
  "adm",
  "alim",
  "anim",
  "asso",
  "assoc",
  "benev",
  "coord",
  "distrib",
  "doc",
  "educ",
  "form",
  "info",
  "orient",
  "perm",
  "soc",
  "dept",
  "gen",
  "org",
  "prog",
]);

/** Short forms that are not the start of the word they stand for, expanded before comparing labels. */
export const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  rdv: ["rendez", "vous"],
  sdf: ["sans", "domicile", "fixe"],
  st: ["saint"],
  ste: ["sainte"],
  asl: ["atelier", "sociolinguistique"],
  fle: ["francais", "langue", "etrangere"],
  mgmt: ["management"],
  govt: ["government"],
  nfa: ["no", "fixed", "abode"],
  hh: ["household"],
};

/** Words left out of label keys: French articles and prepositions, and their English twins. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "d",
  "aux",
  "au",
  "a",
  "la",
  "le",
  "les",
  "l",
  "et",
  "pour",
  "en",
  "the",
  "of",
  "and",
  "for",
  "an",
  "to",
]);
