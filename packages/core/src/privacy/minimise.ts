import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { ageBand } from "./age-band.js";
import { departementOfPostcode } from "./departement-of-postcode.js";
import { DIRECT_IDENTIFIERS } from "./direct-identifiers.js";
import { isDirectIdentifierName } from "./is-direct-identifier-name.js";
import { PrivacyProfile } from "./types.js";

/** What {@link minimise} keeps. */
export interface MinimiseOptions {
  /** Columns kept exactly as they are, even direct identifiers (for internal outputs that ask by name). */
  keep?: string[];
  /**
   * `"public"` (default): postcode and commune are replaced by the département. `"internal"`:
   * postcode and commune are kept. Both drop direct identifiers and band ages.
   */
  profile?: PrivacyProfile;
}

/** A minimised table and what was done to it. */
export interface MinimiseOutput {
  table: ColumnTable;
  /** Columns removed because they identify a person directly. */
  dropped: string[];
  /** Columns replaced by a coarser one: `{ column: "age", to: "age_band" }`. */
  generalised: { column: string; to: string }[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(?:\+|00)\d[\d\s.()/-]{7,19}$|^0\d(?:[\s.-]?\d{2}){4}$/;

/**
 * Removes direct identifiers and coarsens quasi-identifiers before data leaves the tool.
 *
 * Why: reports, charts and exports need counts and trends, not names. This drops the columns
 * named in {@link DIRECT_IDENTIFIERS} or recognised by {@link isDirectIdentifierName} ("Prénom",
 * "Tél. portable", "address_1") and any other text column whose values are mostly e-mail
 * addresses or phone numbers; replaces `age` by `age_band` (see {@link ageBand}) and `birth_date`
 * by `birth_year`; with the public profile replaces `postcode` by `departement` and drops
 * `commune` and `commune_code`. `_line` and pseudonymised `person_id` are kept.
 *
 * @param table - a cleaned table with canonical column names
 * @param options - `keep` (columns to leave untouched) and `profile`
 * @returns `{ table, dropped, generalised }`
 * @example
 * minimise(aq.table({ first_name: ["Ana"], age: [34], postcode: ["69003"] })).table.objects()
 * // => [{ age_band: "25-34", departement: "69" }]
 */
export function minimise(table: ColumnTable, options: MinimiseOptions = {}): MinimiseOutput {
  const keep = new Set(options.keep ?? []);
  const profile = options.profile ?? PrivacyProfile.public;
  const names = table.columnNames();
  const direct = new Set<string>(DIRECT_IDENTIFIERS);
  const output: Record<string, unknown[]> = {};
  const order: string[] = [];
  const dropped: string[] = [];
  const generalised: { column: string; to: string }[] = [];
  const column = (name: string): unknown[] => Array.from(readColumn(table, name));
  const put = (name: string, values: unknown[]): void => {
    if (!(name in output)) order.push(name);
    output[name] = values;
  };
  const hasDepartement = names.includes("departement");
  for (const name of names) {
    if (keep.has(name)) {
      put(name, column(name));
      continue;
    }
    const values = column(name);
    if (name !== "birth_date" && (direct.has(name) || isDirectIdentifierName(name))) {
      dropped.push(name);
      continue;
    }
    if (name === "birth_date") {
      if (!names.includes("birth_year")) put("birth_year", values.map(yearOf));
      generalised.push({ column: name, to: "birth_year" });
      continue;
    }
    if (name === "age") {
      put(
        "age_band",
        values.map((v) => ageBand(typeof v === "number" ? v : null)),
      );
      generalised.push({ column: name, to: "age_band" });
      continue;
    }
    if (profile === PrivacyProfile.public && name === "postcode") {
      if (!hasDepartement) put("departement", values.map(departementOfPostcode));
      generalised.push({ column: name, to: "departement" });
      continue;
    }
    if (profile === PrivacyProfile.public && (name === "commune" || name === "commune_code")) {
      generalised.push({ column: name, to: "departement" });
      if (!hasDepartement && !names.includes("postcode") && name === "commune_code") {
        put("departement", values.map(departementOfCommuneCode));
      }
      continue;
    }
    if (looksPersonal(values)) {
      dropped.push(name);
      continue;
    }
    put(name, values);
  }
  return { table: makeTable(output, order), dropped, generalised };
}

function yearOf(value: unknown): number | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getUTCFullYear();
  if (typeof value === "string") {
    const match = /^(\d{4})-\d{2}-\d{2}/.exec(value) ?? /^\d{1,2}\/\d{1,2}\/(\d{4})$/.exec(value);
    if (match) return Number(match[1]);
  }
  return null;
}

function departementOfCommuneCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim();
  if (/^97\d{3}$/.test(code)) return code.slice(0, 3);
  if (/^(\d{2}|2A|2B)\d{3}$/.test(code)) return code.slice(0, 2);
  return null;
}

/** Whether most non-empty values (of up to 1,000 sampled) are e-mail addresses or phone numbers. */
function looksPersonal(values: unknown[]): boolean {
  let seen = 0;
  let personal = 0;
  for (const value of values) {
    if (typeof value !== "string" || value.trim() === "") continue;
    seen += 1;
    const text = value.trim();
    if (EMAIL.test(text) || PHONE.test(text)) personal += 1;
    if (seen >= 1000) break;
  }
  return seen > 0 && personal / seen >= 0.5;
}
