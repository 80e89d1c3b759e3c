import { table as makeTable } from "arquero";
import { CodedColumn } from "../columnar/coded-column.js";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import { memberCodesOf } from "../privacy/known-codes.js";
import type { PseudonymKey } from "../privacy/pseudonym-key.js";
import { pseudonymise } from "../privacy/pseudonymise.js";
import type { PreparedTable } from "./prepare-table.js";

/** The pseudonyms `clean --key` writes (`pseudonymiseExport`): 32 hexadecimal characters (128 bits). */
const EXPORT_LENGTH = 32;
const PSEUDONYM = /^[0-9a-f]{32}$/i;

/**
 * Replaces the person identifiers of prepared files with the keyed pseudonyms `clean --key` writes
 * (HMAC-SHA-256 under the association's key, 128 bits), so that people are linked across files by
 * pseudonyms rather than raw identifiers. A file whose identifiers are all such pseudonyms already
 * (an export of `clean --key`) keeps them (in lower case).
 *
 * Why: a register exported with `clean --key` holds pseudonyms, the visit log of the same people
 * holds their numbers; with the key the report links both (the same person counted once), its
 * record linkage and its record keys work on pseudonyms, and no raw identifier is needed past this
 * step. Under another key the pseudonyms differ, so files pseudonymised under two keys do not link.
 *
 * @param files - prepared files (`prepareTable`, `prepareFile`)
 * @param key - the association's key (`importKey`, `loadKey`)
 * @returns the same files, `person_id` pseudonymised where it was not already
 * @throws PrivacyError `privacy.missing_key` without a key
 * @example
 * const [visits] = await pseudonymisePrepared([await prepareFile("passages.csv")], key);
 * visits.cleaned?.clean.get("person_id", 0) // => "3f9c0a…" (32 hexadecimal characters)
 */
export async function pseudonymisePrepared(
  files: readonly PreparedTable[],
  key: PseudonymKey,
): Promise<PreparedTable[]> {
  return Promise.all(
    files.map(async (file) => {
      const clean = file.cleaned?.clean;
      if (!file.cleaned || !clean?.columnNames().includes("person_id")) return file;
      const ids = readColumnOrCodes(clean, "person_id");
      const n = ids.length;
      // each person once, however many rows they have: the rows hold their code
      const coded = memberCodesOf(ids, n);
      const texts = coded.members.map((m) => String(m).normalize("NFC").trim());
      // an export of clean --key: its pseudonyms as written (in lower case, as they were made)
      const written = texts.every((t) => t === "" || PSEUDONYM.test(t));
      let values: unknown[];
      if (written) values = texts.map((t) => (t === "" ? null : t.toLowerCase()));
      else {
        // each distinct identifier hashed once
        const distinct = [...new Set(texts)].filter((t) => t !== "");
        const hashed = await pseudonymise(makeTable({ id: distinct }), ["id"], key, { length: EXPORT_LENGTH });
        const hashes = readColumn(hashed, "id");
        const pseudonymOf = new Map<string, unknown>(distinct.map((t, i) => [t, hashes[i]]));
        values = texts.map((t) => (t === "" ? null : (pseudonymOf.get(t) ?? null)));
      }
      // each row's pseudonym from its person's (a row without a person: the last place, null), and the
      // pseudonyms as codes over them (memberCodesOf tells them apart from the codes: two identifiers of
      // one text are one pseudonym)
      values.push(null);
      const none = values.length - 1;
      const places = Int32Array.from(coded.codes, (c) => (c < 0 ? none : c));
      const column = new CodedColumn(places, values);
      return { ...file, cleaned: { ...file.cleaned, clean: clean.assign({ person_id: column }) } };
    }),
  );
}
