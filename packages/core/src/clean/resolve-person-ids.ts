import type { ColumnTable } from "arquero";

/**
 * The exact rules {@link resolvePersonIds} applies, from the strongest: `name_birth_date` (same first
 * and last names, in either order, and same birth date), `one_name_birth_date_phone` (one name in
 * common, same birth date and phone: the other name mistyped) and `name_phone` (same names and phone:
 * a birth date missing on one row).
 */
export const PersonIdRule = {
  name_birth_date: "name_birth_date",
  one_name_birth_date_phone: "one_name_birth_date_phone",
  name_phone: "name_phone",
} as const;
/** See {@link PersonIdRule}. */
export type PersonIdRule = (typeof PersonIdRule)[keyof typeof PersonIdRule];

/** Column names read by {@link resolvePersonIds}; the defaults are the canonical fields. */
export interface ResolvePersonIdsOptions {
  /** default `"person_id"` */
  id?: string;
  /** default `"first_name"` */
  firstName?: string;
  /** default `"last_name"` */
  lastName?: string;
  /** default `"birth_date"` (a `Date` or ISO text) */
  birthDate?: string;
  /** default `"phone"`; rules that need it are skipped when the column is absent */
  phone?: string;
}

/** One identifier that {@link resolvePersonIds} found to be another person's. */
export interface PersonIdResolution {
  /** the identifier replaced */
  id: string;
  /** the identifier it becomes: that of the person's first row in the table */
  canonical: string;
  /** the rule that joined this identifier to its group */
  rule: PersonIdRule;
  /** `_line` (or 0-based row index) of the first row of `id` */
  line: number;
  /** `_line` (or 0-based row index) of the first row of `canonical` */
  canonicalLine: number;
}

/** What {@link resolvePersonIds} returns. */
export interface ResolvePersonIdsResult {
  /** each identifier replaced → its canonical identifier (identifiers kept are absent) */
  mapping: Record<string, string>;
  /** the same, with the rule and the lines, in the order of the identifiers' first rows */
  resolutions: PersonIdResolution[];
}

/**
 * Finds the people a register holds under two identifiers (registered again under a new number) by
 * exact rules on their names, birth date and phone, and maps each extra identifier to the first one.
 *
 * Why: counting "people registered" as distinct identifiers counts twice everyone who registered
 * again. These rules are exact and explainable, so they can run without review: names are compared
 * with accents, case, spaces, hyphens and apostrophes folded away and in either order (first and
 * last name swapped); birth dates and phones (E.164) as cleaned. Two rows join only when every value
 * a rule needs is present and equal. Apply the mapping with {@link applyPersonIds} to the register
 * and to every file that uses the identifiers (visits, follow-ups). Probabilistic record linkage
 * finds more; this finds the certain cases.
 *
 * @param table - a cleaned register (e.g. `cleanTable(...).clean` of a beneficiaries file)
 * @param options - column names, when not the canonical ones
 * @returns the mapping extra identifier → canonical identifier, and each resolution with its rule
 * @example
 * const register = aq.table({ person_id: ["B00001", "B10001"], first_name: ["Zoé", "DURAND"], last_name: ["Durand", "Zoe"],
 *   birth_date: ["1980-02-01", "1980-02-01"] });
 * resolvePersonIds(register).mapping // => { B10001: "B00001" }
 */
export function resolvePersonIds(table: ColumnTable, options: ResolvePersonIdsOptions = {}): ResolvePersonIdsResult {
  const names = table.columnNames();
  const column = (name: string): ArrayLike<unknown> | undefined =>
    names.includes(name) ? (table.array(name) as ArrayLike<unknown>) : undefined;
  const ids = column(options.id ?? "person_id");
  if (ids === undefined) return { mapping: {}, resolutions: [] };
  const first = column(options.firstName ?? "first_name");
  const last = column(options.lastName ?? "last_name");
  const birth = column(options.birthDate ?? "birth_date");
  const phone = column(options.phone ?? "phone");
  const lines = column("_line");
  const n = table.numRows();

  // identifiers in order of their first row
  const order: string[] = [];
  const firstRow = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== "string" || id === "" || firstRow.has(id)) continue;
    firstRow.set(id, i);
    order.push(id);
  }
  const rank = new Map(order.map((id, k) => [id, k]));
  const parent = new Map(order.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(id, r);
    return r;
  };
  const joinedBy = new Map<string, PersonIdRule>();
  const join = (a: string, b: string, rule: PersonIdRule): void => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return;
    // the earlier identifier stays the canonical one
    const [keep, drop] = (rank.get(ra) as number) < (rank.get(rb) as number) ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    joinedBy.set(drop, rule);
  };

  const rules: [PersonIdRule, (i: number) => (string | null)[]][] = [
    ["name_birth_date", (i) => [key(namePair(first?.[i], last?.[i]), dateKey(birth?.[i]))]],
    [
      "one_name_birth_date_phone",
      (i) => {
        const rest = [dateKey(birth?.[i]), text(phone?.[i])];
        return [key(fold(first?.[i]), ...rest), key(fold(last?.[i]), ...rest)];
      },
    ],
    ["name_phone", (i) => [key(namePair(first?.[i], last?.[i]), text(phone?.[i]))]],
  ];
  for (const [rule, keysOf] of rules) {
    const owner = new Map<string, string>();
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      if (typeof id !== "string" || id === "") continue;
      for (const k of keysOf(i)) {
        if (k === null) continue;
        const known = owner.get(k);
        if (known === undefined) owner.set(k, id);
        else join(known, id, rule);
      }
    }
  }

  const mapping: Record<string, string> = {};
  const resolutions: PersonIdResolution[] = [];
  const lineOf = (row: number): number => (lines ? (lines[row] as number) : row);
  for (const id of order) {
    const canonical = root(id);
    if (canonical === id) continue;
    mapping[id] = canonical;
    resolutions.push({
      id,
      canonical,
      rule: joinedBy.get(id) as PersonIdRule,
      line: lineOf(firstRow.get(id) as number),
      canonicalLine: lineOf(firstRow.get(canonical) as number),
    });
  }
  return { mapping, resolutions };
}

function text(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

/** A name with accents, case, spaces, hyphens and apostrophes folded away ("Jean-Éric" → "jeaneric"). */
function fold(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const folded = v
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("fr")
    .replace(/[^\p{L}\p{N}]/gu, "");
  return folded === "" ? null : folded;
}

/** First and last name in either order. */
function namePair(a: unknown, b: unknown): string | null {
  const x = fold(a);
  const y = fold(b);
  if (x === null || y === null) return null;
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
}

function dateKey(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return text(v);
}

function key(...parts: (string | null)[]): string | null {
  return parts.includes(null) ? null : parts.join("\u0002");
}
