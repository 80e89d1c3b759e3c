/**
 * The types a column can be inferred as. Identifiers (postcodes, INSEE codes, phone numbers,
 * SIRET, member numbers, anything with a leading zero) stay text and get their own type so that
 * no later step turns them into numbers.
 */
export const ColumnType = {
  text: "text",
  identifier: "identifier",
  integer: "integer",
  decimal: "decimal",
  percent: "percent",
  currency: "currency",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
  empty: "empty",
} as const;
/** One of the values of {@link ColumnType}. */
export type ColumnType = (typeof ColumnType)[keyof typeof ColumnType];

const values = new Set<string>(Object.values(ColumnType));

/**
 * Whether a value is a known column type name.
 *
 * Use it to validate a type read from a config file or a command line before passing it in
 * `IngestOptions.types`.
 *
 * @param value - anything
 * @returns true when `value` is one of the {@link ColumnType} names
 * @example
 * isColumnType("date") // => true
 * isColumnType("float") // => false
 */
export function isColumnType(value: unknown): value is ColumnType {
  return typeof value === "string" && values.has(value);
}
