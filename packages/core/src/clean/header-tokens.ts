import { headerKey } from "./header-key.js";

/** Abbreviations and spellings of one word, by the word they stand for (keys after {@link headerKey}). */
const CANONICAL: Record<string, string> = {
  n: "numero",
  no: "numero",
  nr: "numero",
  nro: "numero",
  num: "numero",
  numero: "numero",
  number: "numero",
  ident: "id",
  identifiant: "id",
  identifier: "id",
  dte: "date",
  dt: "date",
  nb: "nombre",
  nbr: "nombre",
  nbre: "nombre",
  tel: "telephone",
  tels: "telephone",
  telephones: "telephone",
  qte: "quantite",
  qty: "quantity",
  adr: "adresse",
  adresses: "adresse",
  h: "heure",
  hr: "heure",
  hrs: "heure",
  mn: "minute",
  min: "minute",
  mins: "minute",
  ref: "reference",
  benev: "benevole",
  benef: "beneficiaire",
  "1ere": "premier",
  "1er": "premier",
  premiere: "premier",
  naiss: "naissance",
  insc: "inscription",
  mail: "email",
  courriel: "email",
  mel: "email",
  e: "e",
};

/** Two-word expansions of single abbreviations. */
const EXPANDED: Record<string, string[]> = {
  cp: ["code", "postal"],
  ddn: ["date", "naissance"],
};

/** Words that carry no meaning in a header. */
const STOP = new Set([
  "de",
  "du",
  "des",
  "d",
  "l",
  "la",
  "le",
  "les",
  "un",
  "une",
  "et",
  "en",
  "a",
  "au",
  "aux",
  "par",
  "pour",
  "sur",
  "dans",
  "within",
  "the",
  "of",
  "and",
  "in",
  "by",
  "per",
  "for",
]);

/**
 * Splits a header into canonical words for a token-based comparison: the {@link headerKey}, its
 * words with French and English abbreviations spelled out ("N°" → `numero`, "Dte" → `date`,
 * "Nb" → `nombre`, "Tél." → `telephone`, "CP" → `code postal`), stop words dropped ("de", "du",
 * "of") and a plural `s` removed, so that "Dte de naissance", "date_naissance" and "dateNaissance"
 * give the same words.
 *
 * @param header - a real header (an HXL hashtag gives no words)
 * @returns the canonical words, in order
 * @example
 * headerTokens("N° de bénévole") // => ["numero", "benevole"]
 */
export function headerTokens(header: string): string[] {
  const key = headerKey(header);
  if (key === "" || key.startsWith("#")) return [];
  const out: string[] = [];
  for (const raw of key.split(" ")) {
    if (raw === "") continue;
    const expanded = Object.hasOwn(EXPANDED, raw) ? EXPANDED[raw] : undefined;
    if (expanded) {
      out.push(...expanded);
      continue;
    }
    if (STOP.has(raw)) continue;
    let word = canonical(raw);
    if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) word = word.slice(0, -1);
    word = canonical(word);
    out.push(word);
  }
  // a header made only of stop words ("N", "A") keeps its words
  return out.length > 0 ? out : key.split(" ").map(canonical);
}

/** The canonical word of a header word (own entries only: "constructor" is a word, not a method). */
function canonical(word: string): string {
  return Object.hasOwn(CANONICAL, word) ? (CANONICAL[word] as string) : word;
}
