import { cleanTable, SchemaName, safeFromCSV, schemaFields, validate } from "@solidata/core";
import * as aq from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

const reference = realReference();
const now = new Date("2024-06-30T00:00:00Z");

/** Cells a real export may hold, and worse. */
const hostileCell = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "NA",
    "-",
    "0",
    "-2",
    "2h30",
    "1,5",
    "31/02/2024",
    "01/03/2024",
    "2099-01-01",
    "75 012",
    "1400",
    "ABC",
  ),
  fc.constantFrom(
    "=1+1",
    '"',
    '""',
    ";",
    "\n",
    "\r\n",
    "a\nb",
    "F",
    "Mme",
    "oui",
    "+33 6 12 34 56 78",
    "x@y",
    "é\u0301",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer({ min: -100_000, max: 100_000 }).map(String),
  fc.double({ noNaN: true }).map((n) => String(n).replace(".", ",")),
);

const headerPool = [
  ...new Set(
    Object.values(schemaFields)
      .flat()
      .flatMap((f) => [f.synonyms[0] ?? f.name, f.label.fr, f.label.en]),
  ),
];
const header = fc.oneof(fc.constantFrom(...headerPool), fc.string({ minLength: 1, maxLength: 10 }));

/** A CSV text, sometimes well quoted, sometimes not (unbalanced quotes, ragged rows). */
const hostileFile = fc
  .record({
    headers: fc.uniqueArray(header, { minLength: 1, maxLength: 7, selector: (h) => h.trim().toLowerCase() }),
    rows: fc.array(fc.array(hostileCell, { maxLength: 9 }), { minLength: 1, maxLength: 25 }),
    quoteAll: fc.boolean(),
    delimiter: fc.constantFrom(";", ",", "\t"),
  })
  .map(({ headers, rows, quoteAll, delimiter }) => {
    const q = (cell: string) => (quoteAll ? `"${cell.replace(/"/g, '""')}"` : cell);
    return [headers.map(q).join(delimiter), ...rows.map((r) => r.map(q).join(delimiter))].join("\r\n");
  });

describe("cleanTable invariants (property-based)", () => {
  it("rows in = clean + quarantined + merged rows, each source line exactly once, on generated hostile files", {
    timeout: 180_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileFile,
        fc.constantFrom<SchemaName | "auto">("auto", ...Object.values(SchemaName)),
        async (text, schema) => {
          const read = safeFromCSV(text);
          if (!read.ok) return; // a file the ingest refuses as a whole (e.g. empty) never reaches cleaning
          const ingested = read.value;
          const table = ingested.table;
          let result: Awaited<ReturnType<typeof cleanTable>>;
          try {
            result = await cleanTable(table, {
              schema,
              now,
              reference,
              ingestIssues: ingested.report.issues,
              mergeLabels: true,
            });
          } catch (error) {
            // only an unrecognisable table may fail, and only in auto mode
            expect(schema).toBe("auto");
            expect((error as Error).name).toBe("CleanError");
            return;
          }
          const { report, clean, quarantine, duplicates } = result;
          expect(report.rowsIn).toBe(table.numRows());
          expect(report.rowsClean + report.rowsQuarantined + report.rowsMerged).toBe(report.rowsIn);
          expect(clean.numRows()).toBe(report.rowsClean);
          expect(quarantine.numRows()).toBe(report.rowsQuarantined);
          expect(duplicates.numRows()).toBe(report.rowsMerged);
          expect(Object.values(report.byCode).reduce((a, b) => a + b, 0)).toBe(report.rowsQuarantined);
          expect(Object.values(report.mergedByRule).reduce((a, b) => a + b, 0)).toBe(report.rowsMerged);
          // a merged row points to a row that is kept
          const kept = new Set(clean.array("_line") as number[]);
          for (const line of duplicates.array("kept_line") as number[]) expect(kept.has(line)).toBe(true);
          const seen = [
            ...(clean.array("_line") as number[]),
            ...(quarantine.array("line") as number[]),
            ...(duplicates.array("line") as number[]),
          ].sort((a, b) => a - b);
          expect(seen).toEqual([...(table.array("_line") as number[])].sort((a, b) => a - b));
          // every quarantined row carries a code with both messages
          for (const m of quarantine.array("message_fr") as string[]) expect(m).not.toMatch(/^clean\./);
        },
      ),
      { numRuns: 150, seed: 20241122 },
    );
  });

  it("holds on typed tables of any values, and recipes re-applied to the same table change nothing", {
    timeout: 180_000,
  }, async () => {
    const value = fc.oneof(
      hostileCell,
      fc.constant(null),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
    );
    const schema = fc.constantFrom(...Object.values(SchemaName));
    await fc.assert(
      fc.asyncProperty(schema, fc.integer({ min: 1, max: 30 }), fc.infiniteStream(value), async (name, n, values) => {
        const specs = schemaFields[name];
        const columns: Record<string, unknown[]> = {};
        for (const spec of specs) columns[spec.label.fr] = Array.from({ length: n }, () => values.next().value);
        const table = aq.table(columns);
        const first = await cleanTable(table, { schema: name, now, reference });
        expect(first.report.rowsClean + first.report.rowsQuarantined).toBe(n);
        const again = await cleanTable(table, { recipe: first.recipe, now, reference });
        expect(again.report.uncovered).toEqual([]);
        expect(again.clean.objects()).toEqual(first.clean.objects());
        const checked = await validate(
          first.clean.select(first.clean.columnNames().filter((c) => c !== "_line")),
          name,
          { now },
        );
        // what cleaning kept stays valid
        expect(checked.quarantine.numRows()).toBe(0);
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
