import { table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
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
      const ids = readColumn(clean, "person_id");
      const n = ids.length;
      // each identifier read once, however many rows it has: the rows hold its code
      const codeOf = new Map<unknown, number>();
      const codes = new Int32Array(n);
      const texts: string[] = [];
      let written = true;
      for (let i = 0; i < n; i++) {
        const v = ids[i];
        let c = codeOf.get(v);
        if (c === undefined) {
          const text = v === null || v === undefined ? "" : String(v).normalize("NFC").trim();
          c = texts.push(text) - 1;
          codeOf.set(v, c);
          if (text !== "" && !PSEUDONYM.test(text)) written = false;
        }
        codes[i] = c;
      }
      const byCode = (convert: (text: string) => unknown): unknown[] => {
        const values = texts.map((t) => (t === "" ? null : convert(t)));
        const column = new Array<unknown>(n);
        for (let i = 0; i < n; i++) column[i] = values[codes[i] as number];
        return column;
      };
      // an export of clean --key: its pseudonyms as written (in lower case, as they were made)
      if (written) {
        const lower = byCode((t) => t.toLowerCase());
        return { ...file, cleaned: { ...file.cleaned, clean: clean.assign({ person_id: lower }) } };
      }
      // each distinct identifier hashed once
      const distinct = [...new Set(texts)].filter((t) => t !== "");
      const hashed = await pseudonymise(makeTable({ id: distinct }), ["id"], key, { length: EXPORT_LENGTH });
      const hashes = readColumn(hashed, "id");
      const pseudonymOf = new Map<string, unknown>(distinct.map((t, i) => [t, hashes[i]]));
      const pseudonyms = byCode((t) => pseudonymOf.get(t) ?? null);
      return { ...file, cleaned: { ...file.cleaned, clean: clean.assign({ person_id: pseudonyms }) } };
    }),
  );
}
