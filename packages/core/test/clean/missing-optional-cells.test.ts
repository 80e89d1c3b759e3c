import { readFileSync } from "node:fs";
import { cleanTable, type FieldSpec, fromCSV, type Issue, missingOptionalCells, schemaFields } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";
import { readTruth, samples } from "./truth.js";

const visits = new Map<string, FieldSpec>(
  schemaFields.visits.map((f) => [f.name === "visit_date" ? "Date" : f.name === "quantity" ? "Quantité" : f.name, f]),
);
const headers = ["person_id", "Date", "service", "site", "Quantité"];
const ragged = (found: number, expected = 5): Issue => ({
  code: "ingest.ragged_row",
  severity: "warning",
  line: 7,
  params: { found, expected },
});

describe("missingOptionalCells", () => {
  it("names the optional last cells a short row lacks", () => {
    expect(missingOptionalCells(ragged(4), headers, (h) => visits.get(h))).toEqual(["Quantité"]);
    expect(missingOptionalCells(ragged(3), headers, (h) => visits.get(h))).toEqual(["site", "Quantité"]);
    // an unmapped column is optional too
    expect(missingOptionalCells(ragged(4), headers, () => undefined)).toEqual(["Quantité"]);
  });

  it("refuses rows that lack a required field, long rows and other issues", () => {
    // the visit date is required
    expect(missingOptionalCells(ragged(1), headers, (h) => visits.get(h))).toBeNull();
    expect(missingOptionalCells(ragged(6), headers, (h) => visits.get(h))).toBeNull();
    expect(
      missingOptionalCells({ ...ragged(4), code: "ingest.value_not_parsed" }, headers, () => undefined),
    ).toBeNull();
    expect(missingOptionalCells({ ...ragged(4), params: {} }, headers, () => undefined)).toBeNull();
  });

  for (const [lang, file, truthName] of [
    ["fr", "passages", "visits"],
    ["fr", "benevoles", "volunteers"],
    ["en", "visits", "visits"],
    ["en", "volunteers", "volunteers"],
  ] as const) {
    it(`${lang}/${file}.csv: the rows the generator wrote short are kept, with their true dates`, async () => {
      const { table, report } = fromCSV(readFileSync(new URL(`${lang}/${file}.csv`, samples)), {
        maxIssuesPerCode: Infinity,
      });
      const out = await cleanTable(table, {
        now: new Date("2026-01-01T00:00:00Z"),
        reference: realReference(),
        ingestIssues: report.issues,
      });
      const short = readTruth(`${lang}/truth/${truthName}.csv`).filter((t) => t.ragged === "short");
      expect(short.length).toBeGreaterThan(0);
      const byLine = new Map((out.clean.objects() as Record<string, unknown>[]).map((r) => [r._line as number, r]));
      const dateField = truthName === "visits" ? "visit_date" : "activity_date";
      for (const t of short) {
        const row = byLine.get(Number(t.line));
        expect(row, `line ${t.line}`).toBeDefined();
        expect(row?.[dateField]).toEqual(new Date(`${t[dateField]}T00:00:00Z`));
      }
      expect(out.report.warningsByCode["clean.short_row"]).toBe(short.length);
      expect(out.report.byCode["clean.ragged_row"]).toBeUndefined();
    });
  }
});
