function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The format key of a label: case-folded, accents stripped, spaces collapsed, nothing else. Labels
 * with the same format key differ only in how they were typed ("ajaccio", "Ajaccio", "Epicerie",
 * "Épicerie", "Distribution  alimentaire ") and are merged without review; punctuation, word order
 * and spelling are left to the looser keys, which only propose.
 *
 * @example
 * formatKey(" Épicerie  SOLIDAIRE") // => "epicerie solidaire"
 */
export function formatKey(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The fingerprint key of a label (as in OpenRefine): lower case, accents and punctuation removed,
 * words deduplicated and sorted. "Alimentaire, distribution" and "distribution alimentaire " collide.
 *
 * @example
 * fingerprintKey(" Distribution  Alimentaire.") // => "alimentaire distribution"
 */
export function fingerprintKey(label: string): string {
  return [...new Set(plain(label).split(" "))].sort().join(" ");
}

/**
 * The n-gram fingerprint of a label: its letters without spaces cut into sorted unique n-grams,
 * which catches glued or split words ("aide alimentaire" and "aidealimentaire").
 *
 * @param n - size of the n-grams, 2 by default (1 to 5)
 * @example
 * ngramKey("abab") // => "abba"
 */
export function ngramKey(label: string, n = 2): string {
  const letters = plain(label).replace(/ /g, "");
  const grams = new Set<string>();
  for (let i = 0; i + n <= letters.length; i++) grams.add(letters.slice(i, i + n));
  if (grams.size === 0) return letters;
  return [...grams].sort().join("");
}

const PHONETIC_RULES: [RegExp, string][] = [
  [/(?<=...)[sx]$/g, ""],
  [/ph/g, "f"],
  [/qu/g, "k"],
  [/gu(?=[eiy])/g, "g"],
  [/g(?=[eiy])/g, "j"],
  [/c(?=[eiy])/g, "s"],
  [/sch|sh|ch/g, "x"],
  [/ck|c|q/g, "k"],
  [/(?<=[aeiouy])s(?=[aeiouy])/g, "z"],
  [/eaux?|aux?|au|ot$/g, "o"],
  [/(ai|ei)(?=[^nm]|$)|et$|ez$|er$/g, "e"],
  [/(an|am|en|em)(?=[^aeiouy]|$)/g, "A"],
  [/(in|im|ain|ein|un)(?=[^aeiouy]|$)/g, "I"],
  [/(on|om)(?=[^aeiouy]|$)/g, "O"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/w/g, "v"],
  [/h/g, ""],
  [/(.)\1+/g, "$1"],
  [/(?<=.)[estxdp]$/g, ""],
];

/**
 * A phonetic key for French words (in the spirit of Soundex adapted to French spelling): sounds
 * written several ways ("eau", "au", "o"; "ph", "f"; "c", "k", "qu") get one letter, silent final
 * letters and doubled letters go. "Ateliers cuisine" and "Atelier cuizine" collide.
 *
 * @example
 * phoneticKey("Café") === phoneticKey("Kafé") // => true
 */
export function phoneticKey(label: string): string {
  return plain(label)
    .split(" ")
    .filter((w) => w !== "")
    .map((word) => {
      let key = word;
      for (const [pattern, replacement] of PHONETIC_RULES) key = key.replace(pattern, replacement);
      return key;
    })
    .join(" ");
}

/**
 * The prefix key of a label: each word cut to its first `size` letters, which catches abbreviations
 * ("Distrib. alimentaire" and "Distribution alimentaire"). The broadest key: review what it groups.
 *
 * @param size - letters kept per word, 5 by default
 * @example
 * prefixKey("Distrib. alimentaire") // => "distr alime"
 */
export function prefixKey(label: string, size = 5): string {
  return plain(label)
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => w.slice(0, size))
    .join(" ");
}
