import type { ColumnTable } from "arquero";
import { headerKey } from "../clean/header-key.js";
import { mapHeaders } from "../clean/map-headers.js";
import { SchemaName } from "../clean/schemas.js";
import { readColumn } from "../columnar/read-column.js";
import { isDirectIdentifierName } from "./is-direct-identifier-name.js";

/** What a quasi-identifier is, which decides how {@link generaliseQuasiIdentifiers} coarsens it. */
export const QuasiRole = {
  age: "age",
  birthDate: "birth_date",
  gender: "gender",
  postcode: "postcode",
  commune: "commune",
  date: "date",
  nationality: "nationality",
} as const;
export type QuasiRole = (typeof QuasiRole)[keyof typeof QuasiRole];

/** One suggested quasi-identifier: the column and what it holds. */
export interface QuasiIdentifier {
  column: string;
  role: QuasiRole;
}

const FIELD_ROLES: Record<string, QuasiRole> = {
  age: QuasiRole.age,
  birth_date: QuasiRole.birthDate,
  gender: QuasiRole.gender,
  postcode: QuasiRole.postcode,
  commune: QuasiRole.commune,
  signup_date: QuasiRole.date,
  activity_date: QuasiRole.date,
  first_contact_date: QuasiRole.date,
  visit_date: QuasiRole.date,
  baseline_date: QuasiRole.date,
  followup_date: QuasiRole.date,
  created_date: QuasiRole.date,
  last_activity_date: QuasiRole.date,
};

const NAME_ROLES: [RegExp, QuasiRole][] = [
  [/naissance|birth|\bdob\b|\bddn\b/, QuasiRole.birthDate],
  [/^age\b|\bage$|\bage (au|at|en|in)\b/, QuasiRole.age],
  [/nationalit|citizenship|pays d.origine|country of (birth|origin)/, QuasiRole.nationality],
  [/\b(genre|sexe|gender|sex|civilite)\b/, QuasiRole.gender],
  [/code postal|postcode|post code|zip|^cp$/, QuasiRole.postcode],
  [/\b(commune|ville|city|town|localite)\b/, QuasiRole.commune],
  [/\bdate\b|\ble\b|\bjour\b|\bday\b/, QuasiRole.date],
];

/**
 * Suggests the quasi-identifiers of a table: the columns that, combined, can single a person out
 * (age or birth date, gender, postcode, commune, dates, nationality), without their values.
 *
 * Why: people asked "which columns are quasi-identifiers?" forget the commune beside the postcode,
 * or the exact date of a first visit. The suggestion reads the headers the way the cleaning maps
 * them (French and English synonyms of every schema), then plain words of the header
 * ("Nationalité", "Date d'entrée"), then the values: a column of dates is a date. Direct
 * identifiers (names, e-mail, phone, address, notes) are not suggested: they are dropped, not
 * generalised. `_line` is never suggested.
 *
 * @param table - a table as read (headers as in the file) or cleaned (canonical names)
 * @returns the suggested columns in table order, each with its role
 * @example
 * suggestQuasiIdentifiers(aq.table({ "Prénom": ["Ana"], "Âge": [34], "Code postal": ["69003"], "Ville": ["Lyon"] }))
 * // => [{ column: "Âge", role: "age" }, { column: "Code postal", role: "postcode" }, { column: "Ville", role: "commune" }]
 */
export function suggestQuasiIdentifiers(table: ColumnTable): QuasiIdentifier[] {
  const headers = table.columnNames().filter((c) => c !== "_line");
  const byField = new Map<string, QuasiRole>();
  const direct = new Set<string>();
  for (const schema of Object.values(SchemaName)) {
    for (const match of mapHeaders(headers, schema).matches) {
      if (!match.field) continue;
      const role = FIELD_ROLES[match.field];
      if (role && !byField.has(match.header)) byField.set(match.header, role);
      if (["first_name", "last_name", "email", "phone", "address", "name"].includes(match.field) && !role) {
        if (match.field !== "name" || schema !== SchemaName.groups) direct.add(match.header);
      }
    }
  }
  const out: QuasiIdentifier[] = [];
  for (const column of headers) {
    const key = headerKey(column).replace(/[_-]/g, " ");
    let role: QuasiRole | undefined =
      (Object.hasOwn(FIELD_ROLES, column) ? FIELD_ROLES[column] : undefined) ?? byField.get(column);
    if (!role) role = NAME_ROLES.find(([pattern]) => pattern.test(key))?.[1];
    if (!role && isDates(readColumn(table, column))) role = QuasiRole.date;
    if (!role) continue;
    if (role !== QuasiRole.birthDate && (direct.has(column) || isDirectIdentifierName(column))) continue;
    out.push({ column, role });
  }
  return out;
}

function isDates(values: ArrayLike<unknown>): boolean {
  let seen = 0;
  for (let i = 0; i < values.length && seen < 200; i += 1) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    if (!(v instanceof Date)) return false;
    seen += 1;
  }
  return seen > 0;
}
