/**
 * The values of one column as a few flat arrays, so that a worker thread hands them over without
 * cloning millions of cells one by one: a kind per cell, a number per cell (numbers and the time of
 * dates) and a dictionary of the texts. Internal to the parallel ingest.
 */
export interface EncodedValues {
  /** Per cell: 0 null, 1 false, 2 true, 3 number, 4 date, 5 text. */
  kinds: Uint8Array;
  /** Per cell: the number, the time of the date, or the index of the text in `texts`. */
  numbers: Float64Array;
  /** Each distinct text once. */
  texts: string[];
}

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const NUMBER = 3;
const DATE = 4;
const TEXT = 5;

/**
 * Encodes the values of a column (null, booleans, numbers, dates, texts).
 *
 * @param values - the cells of one column
 * @param dedupe - whether equal texts share one entry of `texts` (default); `false` when the values
 *   are already distinct (a dictionary): no lookup per text
 * @returns the flat arrays of {@link EncodedValues}
 * @throws Error when a cell holds another kind of value
 */
export function encodeValues(values: readonly unknown[], dedupe = true): EncodedValues {
  const n = values.length;
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n);
  const texts: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) kinds[i] = NULL;
    else if (typeof v === "string") {
      let k = dedupe ? index.get(v) : undefined;
      if (k === undefined) {
        k = texts.length;
        texts.push(v);
        if (dedupe) index.set(v, k);
      }
      kinds[i] = TEXT;
      numbers[i] = k;
    } else if (typeof v === "number") {
      kinds[i] = NUMBER;
      numbers[i] = v;
    } else if (v instanceof Date) {
      kinds[i] = DATE;
      numbers[i] = v.getTime();
    } else if (v === true) kinds[i] = TRUE;
    else if (v === false) kinds[i] = FALSE;
    else throw new Error(`encodeValues: cannot encode a ${typeof v}`);
  }
  return { kinds, numbers, texts };
}

/**
 * Decodes encoded values, pushing each cell to `target` in order; equal dates share one object,
 * as the cells of one column share it when they come from the same text.
 *
 * @param encoded - values made by {@link encodeValues}
 * @param target - anything with a `push` of one value
 */
export function pushDecodedValues(encoded: EncodedValues, target: { push(value: unknown): void }): void {
  const { kinds, numbers, texts } = encoded;
  const dates = new Map<number, Date>();
  for (let i = 0; i < kinds.length; i++) {
    switch (kinds[i]) {
      case TEXT:
        target.push(texts[numbers[i] as number]);
        break;
      case NUMBER:
        target.push(numbers[i]);
        break;
      case DATE: {
        const t = numbers[i] as number;
        let d = dates.get(t);
        if (d === undefined) {
          d = new Date(t);
          if (dates.size < 1 << 20) dates.set(t, d);
        }
        target.push(d);
        break;
      }
      case TRUE:
        target.push(true);
        break;
      case FALSE:
        target.push(false);
        break;
      default:
        target.push(null);
    }
  }
}
