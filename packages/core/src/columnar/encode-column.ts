import type { ColumnTable } from "arquero";
import { CodedColumn } from "./coded-column.js";
import type { EncodedColumn } from "./encoded-column.js";

type Source = ArrayLike<unknown> & { at?: (row: number) => unknown };

/**
 * Dictionary-encodes a column: one `Int32Array` code per row and the list of its distinct values.
 *
 * Why: a log of a million rows holds a few hundred activity labels, a few thousand days and tens of
 * thousands of people. Encoded once, every later step (normalising labels, dropping duplicates,
 * grouping, counting distinct people) works on small integers in typed arrays instead of strings and
 * `Date` objects, and a function of the value runs once per distinct value instead of once per row.
 *
 * Values are the same when arquero's grouping would put them together: strings by content, numbers by
 * value (`0` and `-0` are one value, every `NaN` is one value, the number `1` and the text `"1"` are
 * two), dates by their time (two `Date` objects of the same instant are one value; as in arquero, a
 * date is also the same value as the number of its milliseconds, and an invalid date as `NaN`),
 * `null` and `undefined` each one value; other objects by identity. The dictionary keeps each value as it first
 * appeared, in order of first appearance.
 *
 * @param source - an arquero table (with `name`), read in its current row order and filter, or an
 *   array (or typed array) of values
 * @param name - the column to encode, when `source` is a table
 * @throws Error when `source` is a table that has no column `name`
 * @example
 * const site = encodeColumn(["Nice", "Lyon", "Nice", null]);
 * Array.from(site.codes) // => [0, 1, 0, 2]
 * site.dictionary // => ["Nice", "Lyon", null]
 * Array.from(encodeColumn(aq.table({ hours: [2, 2.5, 2] }), "hours").codes) // => [0, 1, 0]
 */
export function encodeColumn(source: ColumnTable | ArrayLike<unknown> | CodedColumn, name?: string): EncodedColumn {
  if (isTable(source)) {
    const column = source.column(name ?? "") as Source | undefined;
    if (column === undefined || name === undefined) throw new Error(`encodeColumn: needs a column named ${name}`);
    if (source.isFiltered() || source.isOrdered()) {
      const rows = source.indices();
      return encodeValues(rows.length, (i) => valueAt(column, rows[i] as number));
    }
    if (Array.isArray(column) || ArrayBuffer.isView(column)) return encodeArray(column);
    if (column instanceof CodedColumn) return encodeCoded(column);
    return encodeValues(source.numRows(), (i) => valueAt(column, i));
  }
  return source instanceof CodedColumn ? encodeCoded(source) : encodeArray(source);
}

/**
 * A column held as codes, encoded as {@link encodeArray} would encode its values: its dictionary's
 * values told apart once, then each row's code renumbered in order of first appearance.
 */
function encodeCoded(column: CodedColumn): EncodedColumn {
  const { codes: places, dictionary: values } = column;
  // each place's value as one of the distinct values (two places of one value are one)
  const groupOf = encodeArray(values).codes;
  const codeOfGroup = new Int32Array(values.length).fill(-1);
  const codeOfPlace = new Int32Array(values.length).fill(-1);
  const n = places.length;
  const codes = new Int32Array(n);
  const dictionary: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const place = places[i] as number;
    let code = codeOfPlace[place] as number;
    if (code < 0) {
      const group = groupOf[place] as number;
      code = codeOfGroup[group] as number;
      if (code < 0) {
        code = dictionary.push(values[place]) - 1;
        codeOfGroup[group] = code;
      }
      codeOfPlace[place] = code;
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

function isTable(source: unknown): source is ColumnTable {
  return typeof (source as ColumnTable).columnNames === "function";
}

function valueAt(column: Source, row: number): unknown {
  return column.at === undefined ? column[row] : column.at(row);
}

function encodeArray(values: ArrayLike<unknown>): EncodedColumn {
  const n = values.length;
  const codes = new Int32Array(n);
  const dictionary: unknown[] = [];
  const seen = new Map<unknown, number>();
  // texts are looked up in an object (faster than a Map on many distinct texts: V8 internalises them)
  const texts: Record<string, number> = Object.create(null);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (typeof value === "string") {
      let code = texts[value];
      if (code === undefined) {
        code = dictionary.push(value) - 1;
        texts[value] = code;
      }
      codes[i] = code;
      continue;
    }
    if (value instanceof Date) {
      const t = value.getTime();
      let code = seen.get(t);
      if (code === undefined) {
        code = dictionary.push(value) - 1;
        seen.set(t, code);
      }
      codes[i] = code;
      continue;
    }
    let code = seen.get(value);
    if (code === undefined) {
      code = dictionary.push(value) - 1;
      seen.set(value, code);
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

function encodeValues(n: number, get: (i: number) => unknown): EncodedColumn {
  const values = new Array<unknown>(n);
  for (let i = 0; i < n; i++) values[i] = get(i);
  return encodeArray(values);
}
