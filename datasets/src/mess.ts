import type { Random } from "./random.js";

/** The messes a generated export may carry; each one can be switched off on its own. */
export interface MessOptions {
  /** Field separator. */
  delimiter: ";" | "," | "\t";
  /** Write decimals with a comma ("2,5"). */
  decimalComma: boolean;
  /** Output encoding. */
  encoding: "utf-8" | "utf-8-bom" | "windows-1252";
  /** A title line ("Extraction du ...") above the header. */
  titleLine: boolean;
  /** Share of dates written in another format than dd/mm/yyyy (ISO, dd-mm-yyyy, d/m/yy, dd.mm.yyyy). */
  mixedDates: number;
  /** Share of postcodes and member numbers that lost their leading zero(s). */
  lostZeros: number;
  /** Share of text cells with inconsistent case and stray spaces. */
  caseSpaces: number;
  /** Share of labels written as a variant ("distrib alimentaire", "Aide aux devoirs ") */
  labelVariants: number;
  /** Share of rows where the person is typed differently (swapped names, dropped accents, typo, new phone). */
  personVariants: number;
  /** Share of optional cells left blank or written "N/A", "-", "?". */
  blanks: number;
  /** Share of rows with a missing last field or extra trailing separators. */
  ragged: number;
  /** Share of records written twice (same record, possibly in another format). */
  duplicates: number;
}

/** Named sets of messes: "none" is a clean export, "moderate" suits the demo, "heavy" is a bad day. */
export const MESS_PRESETS = {
  none: {
    delimiter: ",",
    decimalComma: false,
    encoding: "utf-8",
    titleLine: false,
    mixedDates: 0,
    lostZeros: 0,
    caseSpaces: 0,
    labelVariants: 0,
    personVariants: 0,
    blanks: 0,
    ragged: 0,
    duplicates: 0,
  },
  moderate: {
    delimiter: ";",
    decimalComma: true,
    encoding: "utf-8-bom",
    titleLine: false,
    mixedDates: 0.03,
    lostZeros: 0.1,
    caseSpaces: 0.05,
    labelVariants: 0.08,
    personVariants: 0.04,
    blanks: 0.03,
    ragged: 0.005,
    duplicates: 0.01,
  },
  heavy: {
    delimiter: ";",
    decimalComma: true,
    encoding: "utf-8-bom",
    titleLine: true,
    mixedDates: 0.15,
    lostZeros: 0.3,
    caseSpaces: 0.15,
    labelVariants: 0.25,
    personVariants: 0.12,
    blanks: 0.06,
    ragged: 0.02,
    duplicates: 0.02,
  },
} as const satisfies Record<string, MessOptions>;

/** Name of a mess preset. */
export type MessPreset = keyof typeof MESS_PRESETS;

/** True when the text names a mess preset. */
export function isMessPreset(name: string): name is MessPreset {
  return Object.hasOwn(MESS_PRESETS, name);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 → [year, month (1-12), day]. */
export function civil(days: number): [number, number, number] {
  const d = new Date(days * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Days since 1970-01-01 of a UTC calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** ISO text (yyyy-mm-dd) of a day number: the form the ground truth uses. */
export function isoDay(days: number): string {
  const [y, m, d] = civil(days);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Writes a date as a French export would, sometimes in another format when mixedDates is on. */
export function renderDate(days: number, random: Random, mess: MessOptions, english = false): string {
  const [y, m, d] = civil(days);
  if (!random.chance(mess.mixedDates)) return `${pad2(d)}/${pad2(m)}/${y}`;
  switch (random.int(0, english ? 1 : 3)) {
    case 0:
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case 1:
      return `${pad2(d)}-${pad2(m)}-${y}`;
    case 2:
      return `${d}/${m}/${String(y).slice(2)}`;
    default:
      return `${pad2(d)}.${pad2(m)}.${y}`;
  }
}

/** Writes a decimal number with a comma or a point, sometimes with a trailing zero ("2,50"). */
export function renderDecimal(value: number, random: Random, mess: MessOptions): string {
  let text = Number.isInteger(value) ? String(value) : String(value);
  if (!Number.isInteger(value) && random.chance(mess.mixedDates)) text = value.toFixed(2);
  return mess.decimalComma ? text.replace(".", ",") : text;
}

/** Drops leading zeros ("01000" → "1000") with probability lostZeros, as a spreadsheet does. */
export function renderCode(code: string, random: Random, mess: MessOptions): string {
  if (code.startsWith("0") && random.chance(mess.lostZeros)) return code.replace(/^0+/, "");
  return code;
}

/** Gives text inconsistent case and stray spaces with probability caseSpaces. */
export function renderText(text: string, random: Random, mess: MessOptions): string {
  if (!random.chance(mess.caseSpaces)) return text;
  switch (random.int(0, 3)) {
    case 0:
      return text.toUpperCase();
    case 1:
      return text.toLowerCase();
    case 2:
      return ` ${text}`;
    default:
      return `${text}  `;
  }
}

const BLANKS = ["", "", "N/A", "-", "?", "NA", " "];

/** Returns a blank-like cell ("", "N/A", "-", ...) with probability blanks, otherwise undefined. */
export function blankCell(random: Random, mess: MessOptions): string | undefined {
  return random.chance(mess.blanks) ? random.pick(BLANKS) : undefined;
}

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
export function quote(cell: string, delimiter: string): string {
  if (cell.includes(delimiter) || cell.includes('"') || cell.includes("\n") || cell.includes("\r")) {
    return `"${cell.replace(/"/g, '""')}"`;
  }
  return cell;
}

/** Applies a typing slip to a word: swapped letters, a doubled or a dropped letter. */
export function typo(word: string, random: Random): string {
  if (word.length < 4) return `${word}${word.at(-1)}`;
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + word.slice(i + 1);
  }
}
