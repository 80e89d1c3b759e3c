import type { ColumnTable } from "arquero";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import type { PreparedTable } from "../pipeline/prepare-table.js";
import { memberCodesOf } from "../privacy/known-codes.js";
import type { PseudonymKey } from "../privacy/pseudonym-key.js";
import { recordKeys } from "../privacy/record-keys.js";

/**
 * The record keys of every person and every visit of a set of prepared files, for the cell-key
 * method of {@link computeIndicators} (option `cellKeys`). Opaque numbers 0..255: they hold no
 * identifier and cannot be turned back into the key.
 */
export interface CellKeys {
  /** person identifier (trimmed) → record key */
  person: ReadonlyMap<string, number>;
  /** row identity of a visit (see `rowIdentities`) → record key */
  row: ReadonlyMap<string, number>;
}

/** The kinds whose rows are counted as rows (visits), not only as people (internal). */
export const COUNTED_ROWS = ["visits"] as const;

/**
 * The identity of each row of a table, stable whatever period is cut from it: its values (dates as
 * ISO text, the source line left out) and how many identical rows came before it (internal).
 *
 * @param table - a clean table, before any period filter
 * @returns one text per row
 */
export function rowIdentities(table: ColumnTable): string[] {
  const names = table.columnNames().filter((c) => c !== "_line" && !c.startsWith("__"));
  const columns = names.map((c) => readColumn(table, c));
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < table.numRows(); i += 1) {
    const text = columns
      .map((col) => {
        const v = col[i];
        if (v instanceof Date) return v.toISOString();
        return v === null || v === undefined ? "" : String(v);
      })
      .join("\u001f");
    const nth = seen.get(text) ?? 0;
    seen.set(text, nth + 1);
    out.push(`${text}#${nth}`);
  }
  return out;
}

/**
 * Computes the secret record key of every person and every visit of the files, so that
 * {@link computeIndicators} can publish counts perturbed by the ONS cell-key method.
 *
 * Why: two reports over nested periods (January–June, January–July) must not difference to the
 * few people seen only in July. The record keys come from the organisation's key (HMAC-SHA-256,
 * see {@link recordKeys}), so the same people always get the same published value, in every
 * report and every year, and nobody without the key can compute the perturbation. Computing them
 * is asynchronous (WebCrypto), which is why it is a step of its own before `computeIndicators`.
 *
 * @param files - the prepared files the report will count
 * @param key - the organisation's key (from `importKey` or `loadKey`)
 * @returns the record keys of every person identifier and every visit row
 * @throws PrivacyError `privacy.missing_key` without a key
 * @example
 * const cellKeys = await prepareCellKeys(files, await loadKey({ file: "solidata.key" }));
 * computeIndicators(files, { cellKeys }).protection.method // => "cell-key"
 */
export async function prepareCellKeys(files: readonly PreparedTable[], key: PseudonymKey): Promise<CellKeys> {
  const people = new Set<string>();
  for (const file of files) {
    const table = file.cleaned?.clean;
    if (!table?.columnNames().includes("person_id")) continue;
    const ids = readColumnOrCodes(table, "person_id");
    // each person's identifier normalised once, however many rows they have
    for (const m of memberCodesOf(ids, ids.length).members) {
      const text = String(m).normalize("NFC").trim();
      if (text !== "") people.add(text);
    }
  }
  const rows: string[] = [];
  for (const kind of COUNTED_ROWS) {
    let table: ColumnTable | null = null;
    for (const f of files)
      if (f.kind === kind && f.cleaned) table = table === null ? f.cleaned.clean : table.concat(f.cleaned.clean);
    if (table) rows.push(...rowIdentities(table).map((id) => `${kind}\u001e${id}`));
  }
  const [person, row] = await Promise.all([recordKeys(people, key), recordKeys(rows, key)]);
  return { person, row };
}
