import {
  fromCSV,
  type IngestOptions,
  type IngestResult,
  type PreparedTable,
  prepareTable,
  type SchemaName,
} from "@solidata/core";
import { expect } from "vitest";

/**
 * The invariants of the reliability catalogue (RELIABILITY.md) that apply to reading files:
 * I1 (accounting): rows read = rows clean + rows quarantined + rows merged, every merge listed.
 * I2 (no secrets) and I3 (no small cells) concern outputs made with a key and reports; the input
 * entries use no key and publish no figure, so they assert I1 and that nothing touched
 * `Object.prototype`.
 */
export function assertAccounting(prepared: PreparedTable): void {
  const cleaned = prepared.cleaned;
  expect(cleaned, "the file is cleaned").not.toBeNull();
  if (cleaned === null) return;
  const clean = cleaned.clean.numRows();
  const quarantined = cleaned.quarantine.numRows();
  const merged = cleaned.duplicates.numRows();
  expect(clean + quarantined + merged).toBe(prepared.ingest.rows);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Reads text or bytes as the commands do (every issue kept), prepares it and asserts I1. */
export async function prepareChecked(
  input: string | Uint8Array,
  options: IngestOptions = {},
  kind: SchemaName = "beneficiaries",
): Promise<{ ingested: IngestResult; prepared: PreparedTable }> {
  const ingested = fromCSV(input, { maxIssuesPerCode: Number.POSITIVE_INFINITY, ...options });
  const prepared = await prepareTable(ingested, { kind });
  assertAccounting(prepared);
  return { ingested, prepared };
}

/** A small beneficiary register (header and rows joined by `;`), the kind of file the entries are about. */
export function register(rows: string[], header = "Nom;Prénom;Date de naissance;Code postal"): string {
  return `${[header, ...rows].join("\n")}\n`;
}

/** Windows-1252 bytes of a text of Latin-1 characters and € œ Œ (for the entries on encodings). */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, œ: 0x9c, Œ: 0x8c, "’": 0x92 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.codePointAt(0) as number)));
}

/** Concatenates byte arrays. */
export function bytes(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
