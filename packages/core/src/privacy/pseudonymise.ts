import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { PrivacyError } from "./privacy-error.js";
import { cryptoKeyOf, macOf, type PseudonymKey } from "./pseudonym-key.js";

/** How pseudonyms are written. */
export interface PseudonymOptions {
  /** Text put before each pseudonym, e.g. `"P-"`. Default none. */
  prefix?: string;
  /**
   * Hexadecimal characters kept from the HMAC, 32 to 64. Default 32 (128 bits): shorter pseudonyms
   * are refused (32 bits gave 97 collisions among a million identifiers), and even at 128 bits two
   * identifiers sharing a pseudonym is an error, never a merge.
   */
  length?: number;
  /** For tests only: shortens each pseudonym after hashing, to force a collision. */
  truncate?: (pseudonym: string) => string;
}

/**
 * Replaces identifiers by keyed pseudonyms: HMAC-SHA256 under a secret key, in hexadecimal.
 *
 * Why: a person must keep the same pseudonym in every file and every year (so visits can be linked
 * to the register, and this year to last year) while nobody without the key can go back to the
 * identifier or rebuild the pseudonyms from a list of names. The value is trimmed and
 * Unicode-normalised (NFC) first, so "Dupont " and "Dupont" match; case is kept. The same value
 * gives the same pseudonym in every column. An empty identifier (null, "" or blanks) gives `null`,
 * never the HMAC of an empty string. Numbers are pseudonymised as their text.
 *
 * @param table - any table; other columns are kept as they are
 * @param columns - the identifier columns to replace (in place, same names)
 * @param key - from {@link importKey} or `loadKey`
 * @param options - `prefix` and `length` (32 to 64 hexadecimal characters, default 32 = 128 bits)
 * @returns a new table with the identifiers replaced
 * @throws PrivacyError `privacy.unknown_column` for a missing column, `privacy.pseudonym_too_short` below 128 bits,
 * `privacy.pseudonym_collision` when two distinct identifiers get the same pseudonym, `privacy.missing_key` without a key
 * @example
 * (await pseudonymise(aq.table({ person_id: ["A12", null] }), ["person_id"], key)).objects()
 * // => [{ person_id: "45911549d58b9023e0803f84280b4e34" }, { person_id: null }]
 */
export async function pseudonymise(
  table: ColumnTable,
  columns: string[],
  key: PseudonymKey,
  options: PseudonymOptions = {},
): Promise<ColumnTable> {
  const fn = "pseudonymise";
  if (!key) throw new PrivacyError("privacy.missing_key");
  const cryptoKey = cryptoKeyOf(key);
  const length = options.length ?? 32;
  if (!Number.isInteger(length) || length < 32 || length > 64) {
    throw new PrivacyError("privacy.pseudonym_too_short", { function: fn, bits: length * 4 });
  }
  const truncate = options.truncate ?? ((p: string) => p);
  const prefix = options.prefix ?? "";
  const names = table.columnNames();
  for (const column of columns) {
    if (!names.includes(column)) throw new PrivacyError("privacy.unknown_column", { function: fn, column });
  }
  const mac = macOf(cryptoKey);
  const encoder = new TextEncoder();
  const cache = new Map<string, string | Promise<string>>();
  const owner = new Map<string, string>();
  const named = (text: string, bytes: Uint8Array): string => {
    const made = prefix + truncate(hexOf(bytes).slice(0, length));
    const other = owner.get(made);
    if (other !== undefined && other !== text) {
      throw new PrivacyError("privacy.pseudonym_collision", { column: columns.join(", ") });
    }
    owner.set(made, text);
    return made;
  };
  const pseudonym = (text: string): string | Promise<string> => {
    let found = cache.get(text);
    if (found === undefined) {
      const bytes = mac(encoder.encode(text));
      found = bytes instanceof Uint8Array ? named(text, bytes) : bytes.then((b) => named(text, b));
      cache.set(text, found);
    }
    return found;
  };
  const output: Record<string, unknown[]> = {};
  for (const name of names) {
    const values = Array.from(readColumn(table, name));
    if (!columns.includes(name)) {
      output[name] = values;
      continue;
    }
    // in slices: Promise.all takes at most about two million promises (a 5M-row log has more)
    const made: unknown[] = [];
    for (let start = 0; start < values.length; start += SLICE) {
      const part = await Promise.all(
        values.slice(start, start + SLICE).map((value) => {
          const text = normalise(value);
          return text === null ? null : pseudonym(text);
        }),
      );
      for (const v of part) made.push(v);
    }
    output[name] = made;
  }
  return makeTable(output, names);
}

/** Promises awaited at once (Promise.all rejects more than about two million). */
const SLICE = 100_000;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

function hexOf(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += HEX[b] as string;
  return hex;
}

function normalise(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = (value instanceof Date ? value.toISOString() : String(value)).normalize("NFC").trim();
  return text === "" ? null : text;
}
