import { EXPANSIONS, STOP_WORDS } from "../locales/recognition/vocabularies/abbreviations.js";

/** One word of a label, as the label rules compare it. */
export interface LabelToken {
  /** lower case, without accents, without the abbreviation dot */
  plain: string;
  /** {@link stemWord} of `plain`: plural and feminine endings removed */
  stem: string;
  /** written with a final dot ("alim."): an abbreviation */
  dotted: boolean;
}

/** Inclusive writing endings: "Seul(e)", "isolé·es", "bénévole(s)". */
const INCLUSIVE =
  /\((?:e|s|es|x|ne|nes|le|les|se|ses|te|tes|euse|euses|rice|rices)\)|[·•‧](?:e|s|es|ne|nes|le|les|se|ses|te|tes|euse|euses|rice|rices)\b/g;

/** Lower case, accents and ligatures removed, inclusive endings dropped. */
export function plainText(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(INCLUSIVE, "")
    .replace(/['’]s\b/g, "");
}

/**
 * Removes plural and feminine endings so that singular and plural, masculine and feminine spellings of
 * a French or English word are equal: "sociaux", "sociale", "social" → "social"; "actives", "actif" →
 * "actif"; "activities", "activity" → "activiti". Words with digits and short words are kept.
 */
function stemWord(word: string): string {
  let t = word;
  if (/\d/.test(t) || t.length <= 3) return t;
  if (t.endsWith("eaux")) t = t.slice(0, -1);
  else if (t.endsWith("aux") && t.length > 4) t = `${t.slice(0, -3)}al`;
  else if (/[sx]$/.test(t) && !t.endsWith("ss")) t = t.slice(0, -1);
  if (t.length > 4) {
    if (t.endsWith("ive")) t = `${t.slice(0, -3)}if`;
    else if (t.endsWith("euse")) t = `${t.slice(0, -4)}eur`;
    else if (t.endsWith("trice")) t = `${t.slice(0, -5)}teur`;
    else if (/(?:elle|enne|onne|ette)$/.test(t)) t = t.slice(0, -2);
  }
  while (t.length > 3 && t.endsWith("e")) t = t.slice(0, -1);
  if (t.length > 3 && t.endsWith("y")) t = `${t.slice(0, -1)}i`;
  return t;
}

/**
 * The words of a label as the label rules see them: accents and case folded, punctuation as spaces,
 * "&", "+", "/" and "-" as "et" (which is then left out with the other stop words), known short forms
 * expanded ("rdv" → "rendez vous"), dotted initials joined ("S.D.F." → "sdf"). Stop words are kept when
 * the label has nothing else, and at its end ("Groupe A").
 */
export function labelTokens(label: string): LabelToken[] {
  const text = plainText(label).replace(/[&+/]/g, " et ");
  const raw: { word: string; dotted: boolean }[] = [];
  for (const chunk of text.split(/[^a-z0-9.]+/)) {
    if (chunk === "" || /^\.+$/.test(chunk)) continue;
    // initials: "s.d.f." or "s.d.f"
    if (/^(?:[a-z0-9]\.){2,}[a-z0-9]?\.?$/.test(chunk)) {
      raw.push({ word: chunk.replace(/\./g, ""), dotted: false });
      continue;
    }
    const parts = chunk.split(".");
    parts.forEach((part, i) => {
      if (part === "") return;
      raw.push({ word: part, dotted: i < parts.length - 1 });
    });
  }
  const expanded: { word: string; dotted: boolean }[] = [];
  for (const r of raw) {
    const expansion = EXPANSIONS[r.word];
    if (expansion) for (const word of expansion) expanded.push({ word, dotted: false });
    else expanded.push(r);
  }
  // a stop word ends no label: at the end it is a word of its own ("Groupe A", "Plan B")
  const kept = expanded.filter((r, i) => i === expanded.length - 1 || !STOP_WORDS.has(r.word));
  return (kept.length > 0 ? kept : expanded).map((r) => ({
    plain: r.word,
    stem: stemWord(r.word),
    dotted: r.dotted,
  }));
}
