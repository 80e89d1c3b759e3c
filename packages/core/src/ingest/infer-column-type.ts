import type { MessageCode } from "../locales/en.js";
import { IDENTIFIER_HEADER_WORDS } from "../locales/recognition/identifier-header-words.js";
import { ColumnType } from "./column-type.js";
import {
  decimalEvidence,
  hasFraction,
  numericDateFields,
  parseBooleanWord,
  parseCurrency,
  parseDate,
  parseNumber,
  parsePercent,
} from "./value-parsers.js";

/** The type chosen for a column and how to read its values. */
export interface ColumnTyping {
  type: ColumnType;
  /** Message code of the reason. */
  reason: MessageCode;
  params?: Record<string, string | number>;
  /** Decimal separator of numbers, percents and amounts. */
  decimal: "," | ".";
  /** Order of `a/b/c` dates. */
  dateOrder: "dmy" | "mdy" | "ymd";
  /** Whether the order of dates was assumed rather than shown by the values. */
  dateOrderAssumed?: boolean;
  /** Booleans written as `x` or blank: a blank is false. */
  blankIsFalse?: boolean;
  /** Dates written as a month without a day (`janv.-24`, `2024-01`): each value is the first of its month. */
  precision?: "month";
}

/** Hints from outside the values. */
export interface InferContext {
  /** Decimal separator when the values do not tell; `,` for `;`-delimited files. */
  defaultDecimal: "," | ".";
  decimal?: "," | ".";
  dateOrder?: "dmy" | "mdy" | "ymd";
  /** The column had missing cells in the sample. */
  hasMissing?: boolean;
}

const ID_WORDS = new Set(IDENTIFIER_HEADER_WORDS);

function headerSaysIdentifier(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9°éèàùâêîôûç]+/)
    .filter(Boolean);
  return words.some((w) => ID_WORDS.has(w)) || /^(code|num|no|id)(?![a-z])/i.test(name);
}

const LEADING_ZERO = /^0\d+$/;
const PHONE = /^(?:\+\d{1,3}[\s.]?(?:\(0\))?|0)[1-9](?:[\s.-]?\d{2}){4}$/;
const INSEE = /^(?:\d{5}|2[AaBb]\d{3})$/;
const CORSICA = /^2[AaBb]\d{3}$/;
const DIGITS = /^\d+$/;
const SPACED_DIGITS = /^\d[\d\s\u00a0]*\d$/;
const CODE_LIKE = /^\+?[0-9A-Za-z(][0-9A-Za-z\-/. ()]*$/;

/**
 * Infers the type of a column from a sample of its values and says why.
 *
 * Why: typing every column by hand is what makes spreadsheets slow to analyse; guessing
 * wrongly (a postcode read as a number, 03/04 read as 4 March) silently corrupts data. The rules
 * are conservative: identifiers stay text, and a type is chosen only when every sampled value
 * fits it.
 *
 * @param name - the column header (identifier words such as "code", "id", "tél" count as evidence)
 * @param values - distinct non-missing values as read (a sample of up to some thousands is enough)
 * @param context - decimal separator and date order hints or overrides
 * @returns the type, the reason code and how to read the values
 * @example
 * inferColumnType("cp", ["01000", "75011"], { defaultDecimal: "," }).type // => "identifier"
 * inferColumnType("heures", ["2,5", "3"], { defaultDecimal: "," }).type // => "decimal"
 */
export function inferColumnType(name: string, values: readonly string[], context: InferContext): ColumnTyping {
  const decimal = context.decimal ?? chooseDecimal(values, context.defaultDecimal);
  const base = { decimal, dateOrder: context.dateOrder ?? ("dmy" as const) };
  const trimmed = values.map((v) => v.trim()).filter((v) => v !== "");
  if (trimmed.length === 0) return { ...base, type: ColumnType.empty, reason: "ingest.reason.empty" };
  const n = trimmed.length;
  const all = (test: (v: string) => boolean): boolean => trimmed.every(test);

  if (all((v) => parseBooleanWord(v) !== undefined) && !all((v) => /^[onyNOY]$/.test(v))) {
    return { ...base, type: ColumnType.boolean, reason: "ingest.reason.boolean_words" };
  }
  if (all((v) => v === "x" || v === "X") && context.hasMissing) {
    return { ...base, type: ColumnType.boolean, reason: "ingest.reason.boolean_x", blankIsFalse: true };
  }

  const digitsOnly = all((v) => DIGITS.test(v));
  if (digitsOnly && trimmed.some((v) => LEADING_ZERO.test(v))) {
    return { ...base, type: ColumnType.identifier, reason: "ingest.reason.leading_zero" };
  }
  if (all((v) => INSEE.test(v)) && trimmed.some((v) => CORSICA.test(v))) {
    return { ...base, type: ColumnType.identifier, reason: "ingest.reason.insee" };
  }
  if (all((v) => PHONE.test(v))) return { ...base, type: ColumnType.identifier, reason: "ingest.reason.phone" };
  if (all((v) => SPACED_DIGITS.test(v) && v.replace(/\D/g, "").length === 14)) {
    return { ...base, type: ColumnType.identifier, reason: "ingest.reason.siret" };
  }
  if (digitsOnly && trimmed.some((v) => v.length > 15)) {
    return { ...base, type: ColumnType.identifier, reason: "ingest.reason.long_digits" };
  }
  if (headerSaysIdentifier(name) && all((v) => CODE_LIKE.test(v) && /\d/.test(v) && !/^[+-]?\d+[.,]\d+$/.test(v))) {
    return {
      ...base,
      type: ColumnType.identifier,
      reason: "ingest.reason.identifier_header",
      params: { header: name },
    };
  }

  const style = { decimal };
  if (all((v) => parseNumber(v, style) !== undefined)) {
    const fractional = trimmed.some((v) => hasFraction(v, style) || /[eE]/.test(v));
    if (!fractional) {
      return { ...base, type: ColumnType.integer, reason: "ingest.reason.integer", params: { n } };
    }
    return {
      ...base,
      type: ColumnType.decimal,
      reason: "ingest.reason.decimal",
      params: { decimal: label(decimal), n },
    };
  }
  if (all((v) => parsePercent(v, style) !== undefined)) {
    return { ...base, type: ColumnType.percent, reason: "ingest.reason.percent", params: { n } };
  }
  if (all((v) => parseCurrency(v, style) !== undefined)) {
    const currency = parseCurrency(trimmed[0] as string, style)?.currency ?? "";
    return { ...base, type: ColumnType.currency, reason: "ingest.reason.currency", params: { currency, n } };
  }

  const dated = dateTyping(trimmed, context);
  if (dated) return { ...dated, decimal };
  return { ...base, type: ColumnType.text, reason: "ingest.reason.text" };
}

function chooseDecimal(values: readonly string[], fallback: "," | "."): "," | "." {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    const e = decimalEvidence(v);
    if (e === ",") comma++;
    else if (e === ".") dot++;
  }
  if (comma > dot) return ",";
  if (dot > comma) return ".";
  return fallback;
}

function dateTyping(values: string[], context: InferContext): Omit<ColumnTyping, "decimal"> | undefined {
  let firstOver12 = false;
  let secondOver12 = false;
  let numeric = 0;
  for (const v of values) {
    const f = numericDateFields(v);
    if (!f || String(f[0]).length > 2) continue;
    numeric++;
    if (f[0] > 12) firstOver12 = true;
    if (f[1] > 12) secondOver12 = true;
  }
  let order: "dmy" | "mdy" | "ymd" = context.dateOrder ?? "dmy";
  let assumed = false;
  let reasonOrder: MessageCode = "ingest.reason.date_order_given";
  if (!context.dateOrder && numeric > 0) {
    if (firstOver12 && secondOver12) return undefined;
    if (secondOver12) {
      order = "mdy";
      reasonOrder = "ingest.reason.date_order_evidence";
    } else if (firstOver12) reasonOrder = "ingest.reason.date_order_evidence";
    else {
      assumed = true;
      reasonOrder = "ingest.reason.date_order_assumed";
    }
  } else if (!context.dateOrder)
    reasonOrder = values.every((v) => /^\d{4}-/.test(v)) ? "ingest.reason.date_iso" : "ingest.reason.date_unambiguous";
  let time = false;
  let months = 0;
  for (const v of values) {
    const p = parseDate(v, order);
    if (!p) return undefined;
    if (p.time) time = true;
    if (p.month) months++;
  }
  if (months === values.length) {
    // months without a day: no order to decide, the first of each month stands for it
    return {
      type: ColumnType.date,
      reason: "ingest.reason.date_month",
      params: { n: values.length },
      dateOrder: order,
      precision: "month",
    };
  }
  return {
    type: time ? ColumnType.datetime : ColumnType.date,
    reason: reasonOrder,
    params: { order, n: values.length },
    dateOrder: order,
    dateOrderAssumed: assumed,
  };
}

function label(decimal: "," | "."): string {
  return decimal;
}
