const E164 = /^\+[1-9]\d{6,14}$/;
// = + - @ and their fullwidth forms (＝ ＋ － ＠, which some spreadsheets fold to ASCII), after any
// leading blanks or line breaks; a leading tab or carriage return on its own
const DANGEROUS = /^[\s\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]|^[\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (after any leading spaces or line breaks), or with the fullwidth `＝`, `＋`, `－`, `＠` would be run as a formula by Excel,
 * LibreOffice or Google Sheets, so it gets a leading apostrophe (`'=HYPERLINK(...)`), which the
 * spreadsheet shows as text. A phone number in E.164 (`+33612345678`) is left exact. Only text goes
 * through here: typed numbers are written as numbers and never changed.
 *
 * @param text - the text of a cell
 * @returns the text, with `'` prefixed when it could be read as a formula
 * @example
 * neutralizeCell("=1+1") // => "'=1+1"
 * neutralizeCell("+33612345678") // => "+33612345678"
 */
export function neutralizeCell(text: string): string {
  if (text === "" || !DANGEROUS.test(text)) return text;
  if (E164.test(text)) return text;
  return `'${text}`;
}
