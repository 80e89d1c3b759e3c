import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { minimise } from "./minimise.js";
import { PrivacyError } from "./privacy-error.js";
import type { PseudonymKey } from "./pseudonym-key.js";
import { pseudonymise } from "./pseudonymise.js";
import { PrivacyProfile } from "./types.js";

/** Options of {@link pseudonymiseExport}. */
export interface PseudonymiseExportOptions {
  /** Columns identifying people, replaced by pseudonyms. Default: those of `person_id`, `row_id`, `duplicate_of` present. */
  identifiers?: string[];
  /** Hexadecimal characters of each pseudonym, 32 (128 bits, the default) to 64. */
  length?: number;
  /**
   * Test hook only: applied to every pseudonym before the collision check, so a test can force two
   * identifiers onto one pseudonym. Never set it otherwise.
   * @internal
   */
  truncate?: (pseudonym: string) => string;
}

/** A pseudonymised export and what was done to it. */
export interface PseudonymiseExportOutput {
  table: ColumnTable;
  /** Columns replaced by pseudonyms. */
  pseudonymised: string[];
  /** Columns removed because they identify a person directly. */
  dropped: string[];
  /** Columns coarsened: `{ column: "birth_date", to: "birth_year" }`. */
  generalised: { column: string; to: string }[];
  /** Bits of each pseudonym (4 per hexadecimal character). */
  bits: number;
}

const DEFAULT_IDENTIFIERS = ["person_id", "row_id", "duplicate_of"];

/**
 * Makes a cleaned table fit to leave the hands of the people who collected it: person identifiers
 * become keyed pseudonyms (HMAC-SHA-256, 128 bits by default), direct identifiers are dropped and
 * birth dates and ages coarsened.
 *
 * Why: the cleaned file is what gets shared with a partner, an evaluator or a spreadsheet on a
 * laptop. The policy (see the README, "Pseudonymised exports"): columns named like names, e-mail
 * addresses, phone numbers, addresses, comments or notes, and any text column whose values are
 * mostly e-mail addresses or phone numbers, are dropped; `birth_date` becomes `birth_year`, `age`
 * becomes `age_band`; postcode and commune are kept (the internal profile of {@link minimise});
 * every identifier column is replaced by its pseudonym. The same identifier gets the same
 * pseudonym under one key, in every file and every year; under another key the pseudonyms are
 * unrelated, so two exports made with different keys cannot be linked. Two different
 * identifiers that would share a pseudonym are an error, never a merge.
 *
 * @param table - a cleaned table with canonical column names
 * @param key - from `importKey` or `loadKey`
 * @param options - identifiers, length (32 to 64 hexadecimal characters)
 * @returns the export and what was pseudonymised, dropped and generalised
 * @throws PrivacyError `privacy.missing_key` without a key, `privacy.pseudonym_too_short` below 128 bits, `privacy.pseudonym_collision` when two identifiers share a pseudonym
 * @example
 * (await pseudonymiseExport(aq.table({ person_id: ["A12"], first_name: ["Zoé"], hours: [2] }), key)).table.objects()
 * // => [{ person_id: "45911549d58b9023e0803f84280b4e34", hours: 2 }]
 */
export async function pseudonymiseExport(
  table: ColumnTable,
  key: PseudonymKey,
  options: PseudonymiseExportOptions = {},
): Promise<PseudonymiseExportOutput> {
  const fn = "pseudonymiseExport";
  if (!key) throw new PrivacyError("privacy.missing_key");
  const length = options.length ?? 32;
  if (!Number.isInteger(length) || length < 32 || length > 64) {
    throw new PrivacyError("privacy.pseudonym_too_short", { function: fn, bits: length * 4 });
  }
  const names = table.columnNames();
  const identifiers = (options.identifiers ?? DEFAULT_IDENTIFIERS).filter((c) => names.includes(c));
  for (const column of options.identifiers ?? []) {
    if (!names.includes(column)) throw new PrivacyError("privacy.unknown_column", { function: fn, column });
  }
  const minimised = minimise(table, { profile: PrivacyProfile.internal, keep: identifiers });
  // one pseudonym per distinct identifier, checked for collisions before anything is replaced
  const unique = new Set<string>();
  for (const column of identifiers) {
    for (const v of Array.from(readColumn(minimised.table, column))) {
      const text = normalise(v);
      if (text !== null) unique.add(text);
    }
  }
  const ids = [...unique];
  const hashed = await pseudonymise(makeTable({ id: ids }), ["id"], key, { length });
  const truncate = options.truncate ?? ((p: string) => p);
  const pseudonyms = Array.from(hashed.array("id") as ArrayLike<string>, truncate);
  const byId = new Map<string, string>();
  const seen = new Map<string, string>();
  ids.forEach((id, i) => {
    const p = pseudonyms[i] as string;
    if (seen.has(p)) {
      throw new PrivacyError("privacy.pseudonym_collision", { column: identifiers.join(", ") });
    }
    seen.set(p, id);
    byId.set(id, p);
  });
  const output: Record<string, unknown[]> = {};
  const order = minimised.table.columnNames();
  for (const name of order) {
    const values = Array.from(readColumn(minimised.table, name));
    output[name] = identifiers.includes(name)
      ? values.map((v) => {
          const text = normalise(v);
          return text === null ? null : (byId.get(text) as string);
        })
      : values;
  }
  return {
    table: makeTable(output, order),
    pseudonymised: identifiers,
    dropped: minimised.dropped,
    generalised: minimised.generalised,
    bits: length * 4,
  };
}

function normalise(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = (value instanceof Date ? value.toISOString() : String(value)).normalize("NFC").trim();
  return text === "" ? null : text;
}
