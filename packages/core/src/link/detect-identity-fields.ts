import { headerKey } from "../clean/header-key.js";
import { normalizePhone } from "../clean/normalize-phone.js";
import { type ColumnSource, type IdentityColumn, IdentityKind } from "./types.js";
import { emailKey } from "./values.js";

/** Header words of each identity kind, on the header's key (lower case, accents and punctuation removed). */
const HEADER_WORDS: [IdentityKind, RegExp][] = [
  [IdentityKind.email, /\b(e ?mail|courriel|mail|adresse electronique)\b/],
  [IdentityKind.phone, /\b(tel|telephone|phone|mobile|portable|gsm|cell|cellphone)\b/],
  [IdentityKind.birth_date, /\b(naissance|birth|dob|birthdate|birthday|ne le|nee le|ddn)\b/],
  [IdentityKind.national_id, /\b(soc sec|ssn|social security|securite sociale|secu|nir)\b/],
  [IdentityKind.first_name, /\b(prenoms?|first ?names?|given ?names?|forenames?)\b/],
  [IdentityKind.full_name, /^(name|full ?name|nom complet|nom et prenom|nom prenom|identite|person|personne)$/],
  [IdentityKind.last_name, /\b(noms?|surnames?|last ?names?|family ?names?|nom de famille|nom d usage)\b/],
  [IdentityKind.postcode, /\b(code postal|cp|post ?code|postal code|zip|zip ?code|code post)\b/],
  [IdentityKind.commune, /\b(commune|ville|city|town|suburb|localite|locality)\b/],
  [IdentityKind.address, /\b(adresse|address|rue|street|voie)\b/],
];

/** Headers of columns that number or key the records: never identity fields. */
const NUMBERING =
  /^(n|no|num|numero|nb|id|ids|row|rows|ligne|line|index|idx|rang|rank|rec id|record|unique id|uid|key|cle)$/;

/**
 * Chooses the identity columns of a table: first and last names, full name, birth date, e-mail,
 * phone, postcode, commune, address and social security number, by header words in French and
 * English ("Prénom", "Date de naissance", "given_name", "Tél."), then by values for the columns
 * whose headers say nothing (mostly e-mail addresses or phone numbers). It never takes `_line`, a
 * row-number column or a column whose values only number the records (1 to n in any order).
 * Why: `solidata link` must work on a file without being told which columns say who a person is.
 *
 * @param table - the table's columns (an arquero `ColumnTable` fits)
 * @returns the chosen columns in table order, each with its kind and the reason (`header` or `values`); empty when none fits
 * @example
 * detectIdentityFields(fromCSV("N°;Nom;Prénom;Né le\n1;Durand;Marie;03/04/1985\n").table)
 * // => [{ column: "Nom", kind: "last_name", reason: "header" }, { column: "Prénom", kind: "first_name", reason: "header" },
 * //     { column: "Né le", kind: "birth_date", reason: "header" }]
 */
export function detectIdentityFields(table: ColumnSource): IdentityColumn[] {
  const chosen: IdentityColumn[] = [];
  for (const column of table.columnNames()) {
    const kind = identityKindOf(column, table.array(column), table.numRows());
    if (kind !== null) chosen.push({ column, kind: kind.kind, reason: kind.reason });
  }
  return chosen;
}

/** The identity kind of one column by its header, then its values; `null` when it is none or only numbers the records. */
export function identityKindOf(
  column: string,
  values: ArrayLike<unknown>,
  rows: number,
): { kind: IdentityKind; reason: "header" | "values" } | null {
  if (column === "_line") return null;
  const key = headerKey(column);
  if (NUMBERING.test(key) || numbersRecords(values, rows)) return null;
  for (const [kind, words] of HEADER_WORDS) if (words.test(key)) return { kind, reason: "header" };
  const byValues = kindByValues(values, rows);
  return byValues === null ? null : { kind: byValues, reason: "values" };
}

/** Whether the non-empty values are the integers 1..n or 0..n-1, each once: a record number. */
function numbersRecords(values: ArrayLike<unknown>, rows: number): boolean {
  if (rows < 2) return false;
  const seen = new Uint8Array(rows + 1);
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows; i++) {
    const v = values[i];
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || n < 0 || n > rows || seen[n] === 1) return false;
    seen[n] = 1;
    if (n < min) min = n;
  }
  return min <= 1;
}

function kindByValues(values: ArrayLike<unknown>, rows: number): IdentityKind | null {
  const step = Math.max(1, Math.floor(rows / 500));
  let filled = 0;
  let emails = 0;
  let phones = 0;
  for (let i = 0; i < rows; i += step) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    filled++;
    if (typeof v === "string" && v.includes("@") && emailKey(v)?.includes(".")) emails++;
    else if (typeof v === "string" && /^[\s+\d().-]{9,}$/.test(v) && normalizePhone(v).ok) phones++;
  }
  if (filled === 0) return null;
  if (emails / filled >= 0.8) return IdentityKind.email;
  if (phones / filled >= 0.8) return IdentityKind.phone;
  return null;
}
