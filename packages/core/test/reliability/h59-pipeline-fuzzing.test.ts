// Catalogue entry 59: generated fuzzing of the whole pipeline. fast-check builds files mixing the
// hostile inputs of entries 1–27 (random quotes, CR/LF, delimiters, BOM, Windows-1252 bytes, NUL,
// header collisions, `__proto__`, ragged rows) and runs them through ingest → map → clean → validate.
// Expected: no uncaught exception (a refusal is a typed issue, never a crash); I1 holds for every
// cleaned file (rows read = clean + quarantined + merged). Counterexamples are shrunk by fast-check
// and printed with their seed; a failing one is then kept as a golden regression case below.
// (The reader's agreement with an independent RFC 4180 reader is checked in
// packages/core/test/ingest and the chunk-boundary differential in entry 14's test.)
import { prepareTable, safeFromCSV } from "@solidata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const headerWord = fc.constantFrom(
  "Nom",
  "Prénom",
  "Téléphone",
  "Téléphone",
  "",
  "__proto__",
  "constructor",
  "N° adhérent",
  "Date de la mission",
  "Nb d'heures",
  "Code postal",
  "E-mail",
);
const cell = fc.oneof(
  fc.constantFrom(
    "",
    "NA",
    "Null",
    "=1+1",
    '"',
    '""',
    "a\nb",
    "\r\n",
    "1,5",
    "2h30",
    "31/02/2024",
    "75 012",
    "\u0000",
    "\u2028",
    "é",
    "Ã©",
  ),
  fc.string({ maxLength: 6 }),
);
const delimiter = fc.constantFrom(",", ";", "\t", "|");

/** Quotes a cell when asked, doubling inner quotes (or not: a stray quote is part of the mess). */
function render(value: string, quote: boolean): string {
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

const file = fc
  .record({
    headers: fc.array(headerWord, { minLength: 1, maxLength: 6 }),
    rows: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 0, maxLength: 8 }), { maxLength: 12 }),
    delimiter,
    newline: fc.constantFrom("\n", "\r\n", "\r"),
    bom: fc.boolean(),
    latin1: fc.boolean(),
  })
  .map(({ headers, rows, delimiter: d, newline, bom, latin1 }) => {
    const text = [headers.join(d), ...rows.map((r) => r.map(([v, q]) => render(v, q)).join(d))].join(newline) + newline;
    const bytes = latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff) : new TextEncoder().encode(text);
    return bom && !latin1 ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
  });

describe("59. generated fuzzing of the pipeline", () => {
  it("never throws an untyped error and keeps I1 on every cleaned file", { timeout: 300_000 }, async () => {
    const seen = { refusedRead: 0, refusedClean: 0, cleaned: 0 };
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        const read = safeFromCSV(bytes, { file: "fuzz.csv", maxIssuesPerCode: Number.POSITIVE_INFINITY });
        if (!read.ok) {
          expect(read.issues.length).toBeGreaterThan(0);
          for (const issue of read.issues) expect(issue.code).toMatch(/^[a-z]+\./);
          seen.refusedRead += 1;
          return;
        }
        let prepared: Awaited<ReturnType<typeof prepareTable>>;
        try {
          prepared = await prepareTable(read.value, { kind: "volunteers" });
        } catch (error) {
          // a refusal is typed: it carries issues with codes
          const issues = (error as { issues?: { code: string }[] }).issues;
          expect(Array.isArray(issues), String(error)).toBe(true);
          seen.refusedClean += 1;
          return;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const r = prepared.cleaned?.report;
        if (r) {
          seen.cleaned += 1;
          expect(r.rowsClean + r.rowsQuarantined + r.rowsMerged).toBe(r.rowsIn);
          expect(r.rowsIn).toBe(read.value.report.rows);
        }
      }),
      { numRuns: 150, seed: 59 },
    );
    // the generator reaches the cleaning step, not only the reader's refusals
    expect(seen.cleaned).toBeGreaterThan(20);
  });
});
