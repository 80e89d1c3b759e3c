import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/** Options of {@link fillPersonIds}. */
export interface FillPersonIdsOptions {
  /** the identifier column; default `"person_id"` */
  id?: string;
  /** identity columns that may tell who a row is, tried together; default `["email", "phone"]` (those present) */
  from?: readonly string[];
}

/** One identifier filled by {@link fillPersonIds}. */
export interface PersonIdFill {
  /** the row's `_line` (1-based source line), or its 0-based index when the table has no `_line` */
  line: number;
  /** the identifier given to the row */
  personId: string;
  /** the identity column that told it (the first of `from` that did) */
  field: string;
  /** that column's value in the row */
  value: string;
}

/** What {@link fillPersonIds} returns. */
export interface FillPersonIdsResult {
  /** the table, with the identifiers filled (the same table when none was) */
  table: ColumnTable;
  /** every identifier filled, in row order */
  fills: PersonIdFill[];
  /** rows still without an identifier although an identity value was there: it matched no identifier, or several */
  unresolved: number;
}

/**
 * Gives a row without a person identifier the identifier of the only person whose other rows show
 * the same e-mail (or phone), so that its hours or visits are counted with that person.
 *
 * Why: volunteer logs often leave the member number blank on some rows while the e-mail says who it
 * is; dropped, those rows lose real hours; counted apart, they make extra people. The rule is exact
 * and deterministic: the values of every `from` column of the row are looked up among the rows that
 * have an identifier (values as cleaned: e-mails lower-cased, phones in E.164); the row is filled only
 * when they all point to one and the same identifier. A value shared by two people, or two values
 * pointing to two people, fill nothing (counted in `unresolved`).
 *
 * @param table - a cleaned table (e.g. `cleanTable(...).clean`) with the `id` column; `_line` is used to report rows
 * @param options - the identifier column and the identity columns
 * @returns the table with identifiers filled, each fill and the rows left unresolved
 * @example
 * const log = aq.table({ person_id: ["000012", null], email: ["ana@asso.fr", "ana@asso.fr"] });
 * fillPersonIds(log).table.array("person_id") // => ["000012", "000012"]
 */
export function fillPersonIds(table: ColumnTable, options: FillPersonIdsOptions = {}): FillPersonIdsResult {
  const idColumn = options.id ?? "person_id";
  const names = table.columnNames();
  if (!names.includes(idColumn)) return { table, fills: [], unresolved: 0 };
  const from = (options.from ?? ["email", "phone"]).filter((c) => c !== idColumn && names.includes(c));
  const ids = table.array(idColumn) as ArrayLike<unknown>;
  const n = table.numRows();
  const lines = names.includes("_line") ? (table.array("_line") as ArrayLike<number>) : undefined;
  const columns = from.map((c) => table.array(c) as ArrayLike<unknown>);
  const present = (v: unknown): v is string => typeof v === "string" && v !== "";

  // each identity value and the identifiers it is seen with (null: several)
  const owners = columns.map(() => new Map<string, string | null>());
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (!present(id)) continue;
    for (let c = 0; c < columns.length; c++) {
      const v = (columns[c] as ArrayLike<unknown>)[i];
      if (!present(v)) continue;
      const map = owners[c] as Map<string, string | null>;
      const known = map.get(v);
      if (known === undefined) map.set(v, id);
      else if (known !== null && known !== id) map.set(v, null);
    }
  }

  const fills: PersonIdFill[] = [];
  let unresolved = 0;
  let filled: unknown[] | undefined;
  for (let i = 0; i < n; i++) {
    if (present(ids[i])) continue;
    let candidate: string | null | undefined;
    let field = "";
    let value = "";
    let seen = false;
    for (let c = 0; c < columns.length && candidate !== null; c++) {
      const v = (columns[c] as ArrayLike<unknown>)[i];
      if (!present(v)) continue;
      seen = true;
      const owner = (owners[c] as Map<string, string | null>).get(v);
      if (owner === undefined) continue;
      if (owner === null || (candidate !== undefined && candidate !== owner)) candidate = null;
      else if (candidate === undefined) {
        candidate = owner;
        field = from[c] as string;
        value = v;
      }
    }
    if (typeof candidate !== "string") {
      if (seen) unresolved++;
      continue;
    }
    filled ??= Array.from({ length: n }, (_, k) => ids[k]);
    filled[i] = candidate;
    fills.push({ line: lines ? (lines[i] as number) : i, personId: candidate, field, value });
  }
  if (filled === undefined) return { table, fills, unresolved };
  return { table: table.assign(aq.table({ [idColumn]: filled })), fills, unresolved };
}
