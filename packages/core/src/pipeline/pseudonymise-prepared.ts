import { table as makeTable } from "arquero";
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
      const ids = Array.from(clean.array("person_id") as ArrayLike<unknown>);
      const texts = ids.map((v) => (v === null || v === undefined ? "" : String(v).normalize("NFC").trim()));
      // an export of clean --key: its pseudonyms as written (in lower case, as they were made)
      if (texts.every((t) => t === "" || PSEUDONYM.test(t))) {
        const lower = texts.map((t) => (t === "" ? null : t.toLowerCase()));
        return { ...file, cleaned: { ...file.cleaned, clean: clean.assign({ person_id: lower }) } };
      }
      const hashed = await pseudonymise(makeTable({ id: texts.map((t) => (t === "" ? null : t)) }), ["id"], key, {
        length: EXPORT_LENGTH,
      });
      const pseudonyms = Array.from(hashed.array("id") as ArrayLike<unknown>);
      return { ...file, cleaned: { ...file.cleaned, clean: clean.assign({ person_id: pseudonyms }) } };
    }),
  );
}
