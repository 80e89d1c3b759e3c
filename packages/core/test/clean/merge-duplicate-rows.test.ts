import { readFileSync } from "node:fs";
import { cleanTable, fromCSV, mergeDuplicateRows } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";
import { readTruth, samples } from "./truth.js";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("mergeDuplicateRows", () => {
  it("merges a row equal after cleaning to the one just before it, and rows identical as read anywhere", () => {
    const raw = aq.table({
      Id: ["B1", "b1", "B2", "B3", "B1"],
      Date: ["01/03/2024", "2024-03-01", "02/03/2024", "03/03/2024", "01/03/2024"],
      Heures: ["2,5", "2,50", "1", "1", "2,5"],
      _line: [2, 3, 4, 5, 6],
    });
    const clean = aq.table({
      person_id: ["B1", "B1", "B2", "B3", "B1"],
      visit_date: [day("2024-03-01"), day("2024-03-01"), day("2024-03-02"), day("2024-03-03"), day("2024-03-01")],
      hours: [2.5, 2.5, 1, 1, 2.5],
      _line: [2, 3, 4, 5, 6],
    });
    const out = mergeDuplicateRows(clean, { raw });
    expect(out.duplicates).toEqual([
      { line: 3, keptLine: 2, rule: "normalised" },
      { line: 6, keptLine: 2, rule: "identical" },
    ]);
    expect(out.table.array("_line")).toEqual([2, 4, 5]);
    expect(out.table.numRows() + out.duplicates.length).toBe(clean.numRows());
  });

  it("keeps equal rows far apart unless identical as read: the same task may be done twice", () => {
    const clean = aq.table({ person_id: ["A", "B", "A"], hours: [2, 3, 2], _line: [2, 3, 4] });
    expect(mergeDuplicateRows(clean).duplicates).toEqual([]);
    const raw = aq.table({ Id: ["A", "B", "A"], Heures: ["2", "3", "2,0"], _line: [2, 3, 4] });
    expect(mergeDuplicateRows(clean, { raw }).duplicates).toEqual([]);
  });

  it("lets descriptive cells be empty in one of two consecutive rows, when asked", () => {
    const clean = aq.table({
      person_id: ["A", "A", "A", "A"],
      phone: ["+33611111111", null, "+33611111111", "+33622222222"],
      hours: [2, 2, 2, 2],
      _line: [2, 3, 4, 5],
    });
    expect(mergeDuplicateRows(clean).duplicates).toEqual([]);
    const out = mergeDuplicateRows(clean, { optional: ["phone"] });
    // a chain: line 4 repeats line 3, which stands for line 2; line 5 has another phone
    expect(out.duplicates).toEqual([
      { line: 3, keptLine: 2, rule: "normalised_missing" },
      { line: 4, keptLine: 2, rule: "normalised_missing" },
    ]);
    expect(mergeDuplicateRows(clean, { columns: ["person_id", "hours"] }).duplicates).toHaveLength(3);
  });

  it("merges only rows about someone when given the identity column: identical items are distinct units", () => {
    const items = aq.table({
      person_id: [null, null, "A", "A"],
      item: ["rifle", "rifle", "x", "x"],
      _line: [2, 3, 4, 5],
    });
    expect(mergeDuplicateRows(items, { identity: "person_id" }).duplicates).toEqual([
      { line: 5, keptLine: 4, rule: "normalised" },
    ]);
    expect(mergeDuplicateRows(items, { identity: "group_id" }).duplicates).toEqual([]);
    expect(mergeDuplicateRows(items).duplicates).toHaveLength(2);
  });

  it("needs a _line column to say which rows it merged", () => {
    expect(() => mergeDuplicateRows(aq.table({ a: [1, 1] }))).toThrow("mergeDuplicateRows requires a _line column");
  });

  for (const [lang, file, truthName] of [
    ["fr", "passages", "visits"],
    ["fr", "benevoles", "volunteers"],
    ["en", "visits", "visits"],
    ["en", "volunteers", "volunteers"],
  ] as const) {
    it(`${lang}/${file}.csv: the merges are the generator's duplicates (precision ≥ 0.9, recall ≥ 0.85)`, async () => {
      const { table, report } = fromCSV(readFileSync(new URL(`${lang}/${file}.csv`, samples)), {
        maxIssuesPerCode: Infinity,
      });
      const { clean } = await cleanTable(table, {
        now: new Date("2026-01-01T00:00:00Z"),
        reference: realReference(),
        ingestIssues: report.issues,
        mergeLabels: true,
        mergeDuplicates: false,
      });
      const optional = ["email", "phone", "gender", "birth_date", "postcode", "commune", "commune_code"];
      const out = mergeDuplicateRows(clean, { raw: table, optional: [...optional, "departement", "region"] });
      const truth = readTruth(`${lang}/truth/${truthName}.csv`);
      const original = new Map(truth.map((t) => [Number(t.line), t.duplicate_of]));
      const right = out.duplicates.filter((d) => original.get(d.line) === String(d.keptLine)).length;
      const trueDuplicates = truth.filter((t) => t.duplicate_of !== "").length;
      expect(right / out.duplicates.length, "precision").toBeGreaterThanOrEqual(0.9);
      // missed: copies whose label the label merging does not join ("Épicerie" / "Épicerie solidaire")
      expect(right / trueDuplicates, "recall").toBeGreaterThanOrEqual(0.85);
    });
  }
});
