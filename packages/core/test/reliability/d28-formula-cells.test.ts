import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { fromRows, prepareTable } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { assertAccounting } from "./invariants.js";

// RELIABILITY.md #28: formula cells, some without a cached value.
// Behaviour: the cached value is read, the formula text is never evaluated nor shown; a formula
// cell without a cached value reads as missing (counted in the column's missing cells), flags its
// row `ingest.formula_without_value` naming the cell, and the cleaning quarantines that row (Q
// `formula-without-value`).
describe("#28 formula cells", () => {
  it("reads cached values, never evaluates, and a formula without value is missing", async () => {
    const sheet: XLSX.WorkSheet = {
      "!ref": "A1:C4",
      A1: { t: "s", v: "Nom" },
      B1: { t: "s", v: "Heures" },
      C1: { t: "s", v: "Lien" },
      A2: { t: "s", v: "Dupont" },
      B2: { t: "n", v: 4, f: "2*2" },
      C2: { t: "s", v: "site", f: 'HYPERLINK("http://x/","site")' },
      A3: { t: "s", v: "Martin" },
      B3: { t: "n", v: 3 },
      C3: { t: "s", v: "aucun" },
      A4: { t: "s", v: "Durand" },
      B4: { t: "n", f: "B2*100" } as XLSX.CellObject,
      C4: { t: "s", v: "x" },
    };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Feuil1");
    const path = join(mkdtempSync(join(tmpdir(), "solidata-a28-")), "formules.xlsx");
    writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const { table, report, rowFlags } = await loadSpreadsheet(path);
    expect(table.array("Heures")).toEqual([4, 3, null]);
    expect(table.array("Lien")).toEqual(["site", "aucun", "x"]);
    expect(JSON.stringify(table.objects())).not.toMatch(/HYPERLINK|2\*2|B2\*100|400/);
    expect(report.columns.find((c) => c.name === "Heures")?.missing).toBe(1);
    // B4 = B2*100 has no cached value: its row is flagged, the column named, the formula not shown
    const flagged = report.issues.filter((i) => i.code === "ingest.formula_without_value");
    expect(flagged.map((i) => [i.line, i.column, i.value])).toEqual([[4, "Heures", "B4"]]);
    const prepared = await prepareTable({ table, report, ...(rowFlags ? { rowFlags } : {}) }, { kind: "volunteers" });
    assertAccounting(prepared);
    const quarantine = prepared.cleaned?.quarantine.objects() as { line: number; code: string; column: string }[];
    expect(quarantine.map((q) => [q.line, q.code, q.column])).toEqual([[4, "ingest.formula_without_value", "Heures"]]);
  });
});

// Issue #18 item 11: spreadsheet error cells, cached or not, are missing with a reason, never 0.
describe("#28 error cells", () => {
  it("reads #N/A and #DIV/0! as missing with a reason, in rows of cells", () => {
    const { table, report } = fromRows({
      rows: [
        ["Nom", "Taux"],
        ["a", 0.5],
        ["b", "#DIV/0!"],
        ["c", "#N/A"],
        ["d", 0.25],
      ],
    });
    expect(table.array("Taux")).toEqual([0.5, null, null, 0.25]);
    const errors = report.issues.filter((i) => i.code === "ingest.error_cell");
    expect(errors.map((i) => [i.line, i.value])).toEqual([
      [3, "#DIV/0!"],
      [4, "#N/A"],
    ]);
  });

  it("reads an error cell of a workbook as missing, even where a number is stored under it", async () => {
    const sheet: XLSX.WorkSheet = {
      "!ref": "A1:B4",
      A1: { t: "s", v: "Nom" },
      B1: { t: "s", v: "Taux" },
      A2: { t: "s", v: "a" },
      B2: { t: "n", v: 0.5 },
      A3: { t: "s", v: "b" },
      B3: { t: "e", v: 0x07, w: "#DIV/0!" },
      A4: { t: "s", v: "c" },
      B4: { t: "n", v: 0, w: "#N/A" },
    };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Feuil1");
    const dir = mkdtempSync(join(tmpdir(), "solidata-a28e-"));
    for (const type of ["xlsx", "ods"] as const) {
      const path = join(dir, `erreurs.${type}`);
      writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: type }));
      const { table } = await loadSpreadsheet(path);
      const values = table.array("Taux") as unknown[];
      expect(values[0], type).toBe(0.5);
      expect(values[1], type).toBeNull();
      expect(values.includes(7), type).toBe(false);
    }
  });
});
