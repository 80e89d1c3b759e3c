/**
 * A table column held as dictionary codes: row i holds `dictionary[codes[i]]`. arquero reads it
 * through `at` (its columns are anything with `length` and `at`); the indicators read the codes.
 *
 * Why: a log of millions of rows held as an array of values costs a pointer per row and column
 * (8 bytes) on the heap, held for the whole report; the engine that cleans the file gives each
 * column's values as integers of a dictionary of a few thousand distinct values already, 4 bytes
 * a row in a typed array. Columns are never written once in a table, so codes and dictionary are
 * shared as they are.
 *
 * @example
 * const site = new CodedColumn(Int32Array.of(0, 1, 0), ["Nice", "Lyon"]);
 * [site.length, site.at(2)] // => [3, "Nice"]
 * aq.table({ site }).array("site") // => ["Nice", "Lyon", "Nice"]
 */
export class CodedColumn {
  /** Per row, the place of its value in {@link CodedColumn.dictionary}. */
  readonly codes: Int32Array;
  /** The values the codes stand for (`null` for a missing one, never `undefined`). */
  readonly dictionary: readonly unknown[];

  /**
   * @param codes - per row, a place in `dictionary`
   * @param dictionary - the values (an `undefined` one reads as `null`)
   * @throws Error when a code is not a place in `dictionary`
   */
  constructor(codes: Int32Array, dictionary: readonly unknown[]) {
    const size = dictionary.length;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      if (code < 0 || code >= size)
        throw new Error(`CodedColumn: row ${i} has code ${code}, not a place in the dictionary`);
    }
    this.codes = codes;
    this.dictionary = Array.from(dictionary, (v) => (v === undefined ? null : v));
  }

  /** The number of rows. */
  get length(): number {
    return this.codes.length;
  }

  /** The value of row `row`. */
  at(row: number): unknown {
    return this.dictionary[this.codes[row] as number];
  }

  /** The values in row order, as a new array. */
  toArray(): unknown[] {
    const n = this.codes.length;
    const out = new Array<unknown>(n);
    const { codes, dictionary } = this;
    for (let i = 0; i < n; i++) out[i] = dictionary[codes[i] as number];
    return out;
  }

  *[Symbol.iterator](): IterableIterator<unknown> {
    for (let i = 0; i < this.codes.length; i++) yield this.at(i);
  }
}

/**
 * The values of a column in row order: a column held as codes as a new array, any other as itself.
 *
 * @example
 * valuesOf(new CodedColumn(Int32Array.of(1, 0), ["a", "b"])) // => ["b", "a"]
 */
export function valuesOf(column: ArrayLike<unknown> | CodedColumn): ArrayLike<unknown> {
  return column instanceof CodedColumn ? column.toArray() : column;
}
