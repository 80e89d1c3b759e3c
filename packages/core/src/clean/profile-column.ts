import { parseBoolean } from "./parse-boolean.js";
import { detectDateOrder, parseDate } from "./parse-date.js";
import { parseDuration } from "./parse-duration.js";
import { parseGender } from "./parse-gender.js";
import { parseNumber } from "./parse-number.js";
import { isBlank } from "./parsed.js";

/** What the values of one column look like: shares of the sampled non-blank cells, from 0 to 1. */
export interface ColumnProfile {
  /** non-blank cells looked at (at most {@link PROFILE_SAMPLE}) */
  values: number;
  /** distinct values among them */
  distinct: number;
  /** yes/no values ("oui", "non", "X", "1", "0") */
  boolean: number;
  /** dates written as dates (numbers are not counted: a count is not a spreadsheet date) */
  date: number;
  /** among the dates, those 14 years or more before today (birth dates) */
  birthLike: number;
  /** durations with a unit or a colon: "2h30", "1 h 45", "45 min", "1:30" */
  durationUnit: number;
  /** numbers ("1,5", 12, "3.7") */
  number: number;
  /** whole numbers */
  integer: number;
  /** five-digit codes: French, German, Italian, Spanish, US postcodes */
  digits5: number;
  /** four-digit codes: Belgian, Swiss, Australian, Danish postcodes, or French ones that lost their zero */
  digits4: number;
  /** e-mail addresses */
  email: number;
  /** phone numbers: 9 to 13 digits starting with +, 00 or 0, with spaces, dots or dashes (the first of several) */
  phone: number;
  /** genders ("F", "Homme", "female") */
  gender: number;
  /** codes: one word with a digit ("B0042", "000123", "AB-12"), or whole numbers */
  code: number;
  /** one to four words of letters, no digit, no word of an organisation: a person's name */
  personName: number;
  /** names of organisations or places ("Centre social", "Restos du Cœur", "Médiathèque") */
  organisation: number;
  /** free text of more than five words */
  longText: number;
}

/** Cells sampled per column, evenly spread over the rows. */
export const PROFILE_SAMPLE = 2000;

const ORGANISATION =
  /\b(centre|center|centres|association|asso|maison|restos?|restaurants?|coeur|secours|croix|social|sociale|sociaux|espace|foyer|mairie|ccas|cias|club|comite|federation|france|service|point|accueil|epicerie|solidaire|banque|alimentaire|mediatheque|bibliotheque|ecole|college|lycee|mjc|caf|antenne|delegation|departement|conseil|hopital|clinique|eglise|paroisse|fondation|cooperative|sarl|sas|commune|ville|rue|avenue|boulevard|place|chemin|quartier|cite|residence|library|church|school|council|society|trust|charity|foundation|house|hall|community)\b/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^(?:\+|00|0)[\d\s().\-/]{8,20}$/;
const DURATION_UNIT =
  /^\d+(?:[.,]\d+)?\s*(?:h|hr|hrs|heures?|hours?|m|mn|min|mins|minutes?)(?:\s*\d{1,2}\s*(?:m|mn|min)?)?$|^\d{1,3}:\d{2}$/i;
const CODE = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_./-]{0,23}$/;
const DATE_TEXT = /\d{1,4}[/.\- ]\d{1,2}[/.\- ]\d{1,4}|^\d{8}$|[a-z]{3,}\.? \d{2,4}$|\d{4}-\d{2}-\d{2}/i;

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Looks at the values of one column and says what they look like, so that a header can be matched
 * by its values as well as its words: yes/no, dates (and how many look like birth dates), durations
 * with a unit, numbers, four- and five-digit codes, e-mails, phones, genders, codes, person names,
 * organisation names. Why: "Adhérent" holding oui/non is not an identifier, a column of 5-digit codes
 * is a postcode, a column of "Centre social …" is not a list of surnames.
 *
 * @param values - the cells of the column (text, numbers, dates, booleans)
 * @param now - "today", for the birth-date share; the current date by default
 * @returns shares of the sampled non-blank cells (all 0 when the column is empty)
 * @example
 * profileColumn(["oui", "non", "oui"]).boolean // => 1
 */
export function profileColumn(values: ArrayLike<unknown>, now: Date = new Date()): ColumnProfile {
  const n = values.length;
  const step = Math.max(1, Math.ceil(n / PROFILE_SAMPLE));
  const sample: unknown[] = [];
  for (let i = 0; i < n; i += step) if (!isBlank(values[i])) sample.push(values[i]);
  const order = detectDateOrder(sample);
  const counts = {
    boolean: 0,
    date: 0,
    birthLike: 0,
    durationUnit: 0,
    number: 0,
    integer: 0,
    digits5: 0,
    digits4: 0,
    email: 0,
    phone: 0,
    gender: 0,
    code: 0,
    personName: 0,
    organisation: 0,
    longText: 0,
  };
  const birthLimit = Date.UTC(now.getUTCFullYear() - 14, now.getUTCMonth(), now.getUTCDate());
  const distinct = new Set<unknown>();
  for (const v of sample) {
    distinct.add(v instanceof Date ? v.getTime() : typeof v === "string" ? v.trim() : v);
    if (typeof v === "boolean") {
      counts.boolean++;
      continue;
    }
    if (v instanceof Date) {
      counts.date++;
      if (v.getTime() <= birthLimit) counts.birthLike++;
      continue;
    }
    const text = String(v).trim();
    if (parseBoolean(v).ok) counts.boolean++;
    if (typeof v === "number" || /^[+-]?\d[\d\s]*(?:[.,]\d+)?$/.test(text)) {
      const num = parseNumber(v);
      if (num.ok && num.value !== null) {
        counts.number++;
        if (Number.isInteger(num.value)) counts.integer++;
      }
    }
    if (/^\d{5}$/.test(text)) counts.digits5++;
    if (/^\d{4}$/.test(text)) counts.digits4++;
    if (typeof v === "string") {
      if (DATE_TEXT.test(text)) {
        const d = parseDate(text, order);
        if (d.ok && d.value !== null) {
          counts.date++;
          if (d.value.getTime() <= birthLimit) counts.birthLike++;
        }
      }
      if (DURATION_UNIT.test(text) && parseDuration(text).ok) counts.durationUnit++;
      if (EMAIL.test(text)) counts.email++;
      // "0601234567, 071234567": several phones in one cell, the first one tells
      const firstPhone = text.split(/[,;]/)[0]?.trim() ?? "";
      const digits = firstPhone.match(/\d/g)?.length ?? 0;
      if (PHONE.test(firstPhone) && digits >= 9 && digits <= 13) counts.phone++;
      const words = plain(text)
        .split(/[^a-z0-9']+/)
        .filter(Boolean);
      const org = ORGANISATION.test(plain(text));
      if (org) counts.organisation++;
      if (!org && !/\d/.test(text) && words.length >= 1 && words.length <= 4 && /^[\p{L} '’.-]+$/u.test(text))
        counts.personName++;
      if (words.length > 5) counts.longText++;
    }
    if (CODE.test(text) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) counts.code++;
    const g = parseGender(v);
    if (g.ok && g.value !== null) counts.gender++;
  }
  const m = sample.length;
  const share = (x: number): number => (m === 0 ? 0 : Math.round((x / m) * 1000) / 1000);
  return {
    values: m,
    distinct: distinct.size,
    boolean: share(counts.boolean),
    date: share(counts.date),
    birthLike: counts.date === 0 ? 0 : Math.round((counts.birthLike / counts.date) * 1000) / 1000,
    durationUnit: share(counts.durationUnit),
    number: share(counts.number),
    integer: share(counts.integer),
    digits5: share(counts.digits5),
    digits4: share(counts.digits4),
    email: share(counts.email),
    phone: share(counts.phone),
    gender: share(counts.gender),
    code: share(counts.code),
    personName: share(counts.personName),
    organisation: share(counts.organisation),
    longText: share(counts.longText),
  };
}
