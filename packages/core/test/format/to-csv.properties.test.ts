import { neutralizeCell, toCSV } from "@solidata/core";
import * as aq from "arquero";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "=1+1",
    "+33612345678",
    "-2+3",
    "@SUM(1)",
    "\t=x",
    "\r\n=y",
    " =z",
    '"',
    ";",
    ",",
    "a\nb",
    " lead",
    "trail ",
  ),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);

describe("toCSV (property-based)", () => {
  it("round-trips every text exactly, apart from the neutralising apostrophe, with either separator", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, fc.double({ noNaN: true, noDefaultInfinity: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.boolean(),
        (rows, excel) => {
          const table = aq.table({ a: rows.map((r) => r[0]), b: rows.map((r) => r[1]), n: rows.map((r) => r[2]) });
          const text = toCSV(table, { excel });
          const parsed = Papa.parse<string[]>(excel ? text.slice(1) : text, {
            delimiter: excel ? ";" : ",",
            newline: excel ? "\r\n" : "\n",
          }).data;
          const body = parsed.slice(1).filter((r) => r.length > 1);
          expect(body).toHaveLength(rows.length);
          body.forEach((r, i) => {
            const [a, b, n] = rows[i] as [string, string, number];
            expect(r[0]).toBe(neutralizeCell(a));
            expect(r[1]).toBe(neutralizeCell(b));
            // numbers come back exactly (decimal comma in Excel mode)
            expect(Number((r[2] as string).replace(",", "."))).toBe(n === 0 ? 0 : n);
            for (const out of [r[0], r[1]] as string[]) {
              const dangerous = /^\s*[=+\-@\t\r]/.test(out) && !/^\+[1-9]\d{6,14}$/.test(out);
              expect(dangerous, JSON.stringify(out)).toBe(false);
            }
          });
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
