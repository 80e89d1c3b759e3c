/**
 * Internal: turns the input tables into fields of prepared values over all records (the comparators'
 * inputs, dictionary codes, value frequencies). Not exported from the package.
 */
import { phoneticKey } from "../clean/label-keys.js";
import type { MessageCode } from "../locales/en.js";
import { postcodeKey } from "./compare-postcodes.js";
import { detectIdentityFields, identityKindOf } from "./detect-identity-fields.js";
import type { LEVELS } from "./levels.js";
import { LinkError } from "./link-error.js";
import type { IdentityColumn, IdentityKind, LinkInput, LinkOptions } from "./types.js";
import { birthDateKey, dateDays, emailKey, fold, identifierKey, phoneKey } from "./values.js";

type Comparator = keyof typeof LEVELS;

export interface Field {
  name: string;
  kind: IdentityKind;
  comparator: Comparator;
  /** Whether pairs are compared on it (postcode and commune are compared together as the place, and kept for blocking). */
  compared: boolean;
  /** Column of each table, null when the table lacks the field. */
  columns: (string | null)[];
  /** Prepared value of every record (global index), null when missing. */
  values: (string | null)[];
  /** Phonetic key of every record's value (names only). */
  phonetic: (string | null)[] | null;
  /** Day number of every record's birth date (NaN when impossible). */
  days: Float64Array | null;
  /** Dictionary code of every record's value, -1 when missing. */
  codes: Int32Array;
  /** Records holding each code. */
  counts: number[];
  nonNull: number;
  termFrequency: boolean;
}

export interface Prepared {
  fields: Field[];
  /** Table index of every record. */
  table: Int32Array;
  /** 0-based record index within its table. */
  row: Int32Array;
  /** First global index of each table. */
  offsets: number[];
  size: number;
  columns: IdentityColumn[][];
  fieldsChosen: "auto" | "given";
  /** Index of the first and last name fields, -1 when absent. */
  firstName: number;
  lastName: number;
}

const COMPARATOR: Record<IdentityKind, Comparator> = {
  first_name: "name",
  last_name: "name",
  full_name: "name",
  birth_date: "birth_date",
  email: "email",
  phone: "phone",
  postcode: "postcode",
  commune: "text",
  address: "text",
  national_id: "identifier",
  text: "text",
};

const PREPARE: Record<Exclude<Comparator, "place">, (value: unknown) => string | null> = {
  name: fold,
  birth_date: birthDateKey,
  email: emailKey,
  phone: phoneKey,
  postcode: postcodeKey,
  text: fold,
  identifier: identifierKey,
};

function issue(code: MessageCode, params: Record<string, string | number>) {
  return { code, severity: "error" as const, params };
}

/** Chooses each table's identity columns (given or detected); throws a LinkError when a table has none. */
function chooseColumns(inputs: LinkInput[], options: LinkOptions): IdentityColumn[][] {
  const given = options.fields;
  if (given !== undefined && given.length > 0) {
    const found = new Set<string>();
    const chosen = inputs.map((input) => {
      const names = new Set(input.table.columnNames());
      const out: IdentityColumn[] = [];
      for (const spec of input.fields ?? given) {
        const column = typeof spec === "string" ? spec : spec.column;
        if (!names.has(column)) continue;
        found.add(column);
        const kind =
          typeof spec === "string"
            ? (identityKindOf(column, input.table.array(column), input.table.numRows())?.kind ?? "text")
            : spec.kind;
        out.push({ column, kind, reason: "given" });
      }
      return out;
    });
    for (const spec of given) {
      const column = typeof spec === "string" ? spec : spec.column;
      if (!found.has(column)) {
        throw new LinkError(`link.field_not_found: ${column}`, [issue("link.field_not_found", { column })]);
      }
    }
    return chosen;
  }
  return inputs.map((input) => {
    if (input.fields !== undefined && input.fields.length > 0) {
      return input.fields.map((spec) =>
        typeof spec === "string"
          ? {
              column: spec,
              kind: identityKindOf(spec, input.table.array(spec), input.table.numRows())?.kind ?? "text",
              reason: "given" as const,
            }
          : { column: spec.column, kind: spec.kind, reason: "given" as const },
      );
    }
    const detected = detectIdentityFields(input.table);
    if (detected.length === 0) {
      const columns = input.table
        .columnNames()
        .filter((c) => c !== "_line")
        .join(", ");
      throw new LinkError(`link.no_identity_column: ${input.name}`, [
        issue("link.no_identity_column", { table: input.name, columns }),
      ]);
    }
    return detected;
  });
}

/** Field names of one table's columns: the kind, `kind_2`, `kind_3` for repeats; full names become first and last. */
function fieldNames(columns: IdentityColumn[]): { name: string; kind: IdentityKind; column: string; part?: 0 | 1 }[] {
  const seen = new Map<string, number>();
  const out: { name: string; kind: IdentityKind; column: string; part?: 0 | 1 }[] = [];
  const hasFirst = columns.some((c) => c.kind === "first_name");
  const hasLast = columns.some((c) => c.kind === "last_name");
  for (const c of columns) {
    if (c.kind === "full_name") {
      if (hasFirst || hasLast) continue;
      out.push({ name: "first_name", kind: "first_name", column: c.column, part: 0 });
      out.push({ name: "last_name", kind: "last_name", column: c.column, part: 1 });
      continue;
    }
    const n = (seen.get(c.kind) ?? 0) + 1;
    seen.set(c.kind, n);
    out.push({ name: n === 1 ? c.kind : `${c.kind}_${n}`, kind: c.kind, column: c.column });
  }
  return out;
}

/** Splits a full name into its first word and the rest (the comparison tries both orders). */
function splitFullName(value: string | null, part: 0 | 1): string | null {
  if (value === null) return null;
  const space = value.indexOf(" ");
  if (space < 0) return part === 1 ? value : null;
  return part === 0 ? value.slice(0, space) : value.slice(space + 1);
}

/**
 * The place of a record, postcode and commune together: the two say nearly the same thing, and
 * counting both as independent evidence would make every pair of neighbours look alike. The two
 * fields stay for blocking but are no longer compared alone.
 */
function placeField(postcode: Field, commune: Field, size: number, options: LinkOptions): Field {
  postcode.compared = false;
  commune.compared = false;
  const values: (string | null)[] = new Array(size);
  const codes = new Int32Array(size);
  const dictionary = new Map<string, number>();
  const counts: number[] = [];
  let nonNull = 0;
  for (let i = 0; i < size; i++) {
    const pc = postcode.values[i] ?? null;
    const cm = commune.values[i] ?? null;
    if (pc === null && cm === null) {
      values[i] = null;
      codes[i] = -1;
      continue;
    }
    const v = `${pc ?? ""}|${cm ?? ""}`;
    values[i] = v;
    nonNull++;
    let code = dictionary.get(v);
    if (code === undefined) {
      code = counts.length;
      dictionary.set(v, code);
      counts.push(0);
    }
    counts[code] = (counts[code] as number) + 1;
    codes[i] = code;
  }
  return {
    name: "place",
    kind: "commune",
    comparator: "place",
    compared: true,
    columns: postcode.columns.map((c, t) => [c, commune.columns[t]].filter((x) => x !== null).join("+") || null),
    values,
    phonetic: null,
    days: null,
    codes,
    counts,
    nonNull,
    termFrequency: options.termFrequency !== false,
  };
}

/** Reads the tables into prepared fields over all records. */
export function prepare(inputs: LinkInput[], options: LinkOptions): Prepared {
  const columns = chooseColumns(inputs, options);
  const offsets: number[] = [];
  let size = 0;
  for (const input of inputs) {
    offsets.push(size);
    size += input.table.numRows();
  }
  const table = new Int32Array(size);
  const row = new Int32Array(size);
  inputs.forEach((input, t) => {
    const n = input.table.numRows();
    const offset = offsets[t] as number;
    for (let i = 0; i < n; i++) {
      table[offset + i] = t;
      row[offset + i] = i;
    }
  });

  const perTable = columns.map(fieldNames);
  const order: string[] = [];
  const kinds = new Map<string, IdentityKind>();
  for (const list of perTable) {
    for (const f of list) {
      if (!kinds.has(f.name)) {
        order.push(f.name);
        kinds.set(f.name, f.kind);
      }
    }
  }
  const fields: Field[] = order.map((name) => {
    const kind = kinds.get(name) as IdentityKind;
    const comparator = COMPARATOR[kind] as Exclude<Comparator, "place">;
    const prep = PREPARE[comparator];
    const values: (string | null)[] = new Array(size).fill(null);
    const fieldColumns: (string | null)[] = [];
    inputs.forEach((input, t) => {
      const spec = perTable[t]?.find((f) => f.name === name);
      fieldColumns.push(spec?.column ?? null);
      if (spec === undefined) return;
      const raw = input.table.array(spec.column);
      const n = input.table.numRows();
      const offset = offsets[t] as number;
      const cache = new Map<unknown, string | null>();
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        let out = cache.get(v);
        if (out === undefined) {
          out = prep(v);
          if (spec.part !== undefined) out = splitFullName(out, spec.part);
          if (typeof v !== "object" || v === null) cache.set(v, out);
        }
        values[offset + i] = out;
      }
    });
    const codes = new Int32Array(size);
    const dictionary = new Map<string, number>();
    const counts: number[] = [];
    let nonNull = 0;
    for (let i = 0; i < size; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        codes[i] = -1;
        continue;
      }
      nonNull++;
      let code = dictionary.get(v);
      if (code === undefined) {
        code = counts.length;
        dictionary.set(v, code);
        counts.push(0);
      }
      counts[code] = (counts[code] as number) + 1;
      codes[i] = code;
    }
    let phonetic: (string | null)[] | null = null;
    if (comparator === "name") {
      const keys = new Map<string, string>();
      phonetic = values.map((v) => {
        if (v === null) return null;
        let key = keys.get(v);
        if (key === undefined) {
          key = phoneticKey(v);
          keys.set(v, key);
        }
        return key;
      });
    }
    let days: Float64Array | null = null;
    if (comparator === "birth_date") {
      days = new Float64Array(size);
      for (let i = 0; i < size; i++) {
        const v = values[i];
        days[i] = v === null || v === undefined ? Number.NaN : dateDays(v);
      }
    }
    const termFrequency =
      options.termFrequency !== false && (kind === "first_name" || kind === "last_name" || kind === "commune");
    return {
      name,
      kind,
      comparator,
      compared: true,
      columns: fieldColumns,
      values,
      phonetic,
      days,
      codes,
      counts,
      nonNull,
      termFrequency,
    };
  });
  const postcode = fields.find((f) => f.name === "postcode");
  const commune = fields.find((f) => f.name === "commune");
  if (postcode !== undefined && commune !== undefined) fields.push(placeField(postcode, commune, size, options));
  return {
    fields,
    table,
    row,
    offsets,
    size,
    columns,
    fieldsChosen: options.fields !== undefined && options.fields.length > 0 ? "given" : "auto",
    firstName: fields.findIndex((f) => f.name === "first_name"),
    lastName: fields.findIndex((f) => f.name === "last_name"),
  };
}

/** Records reduced to their distinct identity values ("profiles"): one representative each. */
interface Collapsed {
  /** The prepared fields of the representatives only (the same codes and frequencies). */
  reduced: Prepared;
  /** Global index of each profile's representative (its first record). */
  reps: Int32Array;
  /** Profile of every record. */
  profileOf: Int32Array;
}

/**
 * Groups the records whose identity values are all equal once prepared (a volunteer log repeats a
 * person on every row): only one record of each group is compared. With `perTable`, records of
 * different tables are never grouped (linking across tables only, or within tables only).
 */
export function collapse(prepared: Prepared, perTable: boolean): Collapsed {
  const { size, fields } = prepared;
  const index = new Map<string, number>();
  const profileOf = new Int32Array(size);
  const repList: number[] = [];
  for (let g = 0; g < size; g++) {
    let key = perTable ? `${prepared.table[g]}|` : "";
    for (const field of fields) key += `${field.codes[g]},`;
    let p = index.get(key);
    if (p === undefined) {
      p = repList.length;
      index.set(key, p);
      repList.push(g);
    }
    profileOf[g] = p;
  }
  const reps = Int32Array.from(repList);
  const n = reps.length;
  const pick = <T>(values: ArrayLike<T>): T[] => Array.from(reps, (g) => values[g] as T);
  const reducedFields: Field[] = fields.map((field) => ({
    ...field,
    values: pick(field.values),
    phonetic: field.phonetic === null ? null : pick(field.phonetic),
    days: field.days === null ? null : Float64Array.from(reps, (g) => (field.days as Float64Array)[g] as number),
    codes: Int32Array.from(reps, (g) => field.codes[g] as number),
  }));
  const offsets = prepared.offsets.map((offset) => {
    let k = 0;
    while (k < n && (reps[k] as number) < offset) k++;
    return k;
  });
  return {
    reduced: {
      ...prepared,
      fields: reducedFields,
      table: Int32Array.from(reps, (g) => prepared.table[g] as number),
      row: Int32Array.from(reps, (g) => prepared.row[g] as number),
      offsets,
      size: n,
    },
    reps,
    profileOf,
  };
}
