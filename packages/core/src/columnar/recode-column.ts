import { encodeColumn } from "./encode-column.js";
import type { EncodedColumn } from "./encoded-column.js";

/**
 * Maps an encoded column through a function called once per distinct value, not once per row.
 *
 * Why: normalising labels ("Distrib alimentaire", " distribution alim." → "Distribution
 * alimentaire"), cleaning identifiers or turning days into months costs a string operation per row on
 * a plain column; on an encoded one it costs one per distinct value, then one array look-up per row.
 * Values that map to the same result share one code afterwards (the result is encoded like
 * {@link encodeColumn} encodes).
 *
 * @param column - an encoded column
 * @param map - the function, given each distinct value once (it should not depend on call order)
 * @throws whatever `map` throws
 * @example
 * const label = encodeColumn([" Accueil", "accueil", "Tri", null]);
 * const clean = recodeColumn(label, (v) => (v === null ? null : String(v).trim().toLowerCase()));
 * Array.from(clean.codes) // => [0, 0, 1, 2]
 * clean.dictionary // => ["accueil", "tri", null]
 */
export function recodeColumn(column: EncodedColumn, map: (value: unknown) => unknown): EncodedColumn {
  const mapped = encodeColumn(column.dictionary.map((value) => map(value)));
  const from = mapped.codes;
  const source = column.codes;
  const n = source.length;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = from[source[i] as number] as number;
  return renumber(codes, mapped.dictionary);
}

/** Renumbers codes in order of first appearance in the rows (a value no row uses is dropped). */
function renumber(codes: Int32Array, dictionary: readonly unknown[]): EncodedColumn {
  const order = new Int32Array(dictionary.length).fill(-1);
  const kept: unknown[] = [];
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    let to = order[c] as number;
    if (to < 0) {
      to = kept.push(dictionary[c]) - 1;
      order[c] = to;
    }
    codes[i] = to;
  }
  return { codes, dictionary: kept };
}
