import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { formatIssue, IngestError } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #31: a workbook with several sheets.
// Behaviour: the sheet is chosen explicitly. Without `sheet`, the only visible sheet with data is
// read (empty and hidden sheets aside) and named in the report; with several visible sheets of data
// the reader refuses (E `ingest.sheet_ambiguous`, every sheet listed by position and name, a hidden
// one by its position only); the commands exit 2 asking for `--sheet` (packages/cli/test/reliability/
// d31-workbook-sheets.test.ts). A sheet is chosen by name, by its position as people count (text "1"
// is the first, as `--sheet` passes it) or by a 0-based number; an unknown sheet is E listing the
// sheets. Large sheets are refused with a size message (#29); the report lists every sheet with its
// size (`inspect` shows it); a hidden sheet is listed by its position, its name redacted, and never
// read unless asked for; merged header cells name every column they cover (i11-multi-row-headers),
// merged data cells are not forward-filled.
describe("#31 several sheets", () => {
  const path = fileURLToPath(new URL("../fixtures/excel/csvkit_sheets.xlsx", import.meta.url));

  it("refuses to guess between two sheets with data, listing every sheet by position and name", async () => {
    // sheets: "not this one" (empty), "data" (5 rows), "ʤ" (1 row)
    try {
      await loadSpreadsheet(path);
      expect.unreachable("two sheets of data must not be guessed between");
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      const issue = (error as IngestError).issue;
      expect(issue.code).toBe("ingest.sheet_ambiguous");
      expect(issue.params).toEqual({
        file: "csvkit_sheets.xlsx",
        count: 2,
        sheets: '1 "not this one", 2 "data", 3 "ʤ"',
      });
      expect(formatIssue(issue, "en")).toBe(
        'csvkit_sheets.xlsx has 2 sheets with data: say which one to read (its name, or its position, 1 for the first). Its sheets are: 1 "not this one", 2 "data", 3 "ʤ".',
      );
      expect(formatIssue(issue, "fr")).toContain("csvkit_sheets.xlsx a 2 feuilles avec des données");
    }
  });

  it("names the sheet read, and takes a sheet by name or position", async () => {
    const first = await loadSpreadsheet(path, { sheet: "data" });
    expect(first.report.sheet).toBe("data");
    expect(first.report.rows).toBe(5);
    // every sheet is listed with its size (worksheet lines, header included)
    expect(first.report.sheets).toEqual([
      { name: "not this one", rows: 0 },
      { name: "data", rows: 6 },
      { name: "ʤ", rows: 2 },
    ]);
    const byName = await loadSpreadsheet(path, { sheet: "ʤ" });
    expect(byName.report.rows).toBe(1);
    expect((await loadSpreadsheet(path, { sheet: 2 })).report.sheet).toBe("ʤ");
    // text positions count from 1, as people count sheets; numbers are 0-based indexes
    expect((await loadSpreadsheet(path, { sheet: "2" })).report.sheet).toBe("data");
    expect((await loadSpreadsheet(path, { sheet: "3" })).report.sheet).toBe("ʤ");
    // a look at the file (inspect) takes the first sheet of data
    expect((await loadSpreadsheet(path, { ambiguousSheet: "first" })).report.sheet).toBe("data");
  });

  it("reads the only sheet with data without being told, the empty ones aside", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), "vide");
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["Nom", "Heures"],
        ["Martin", 3],
        ["Durand", 2],
      ]),
      "heures",
    );
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), "Feuil3");
    const one = join(mkdtempSync(join(tmpdir(), "solidata-d31-")), "une-feuille.xlsx");
    writeFileSync(one, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const { report } = await loadSpreadsheet(one);
    expect([report.sheet, report.rows]).toEqual(["heures", 2]);
  });

  it("refuses an unknown sheet, listing the sheets", async () => {
    try {
      await loadSpreadsheet(path, { sheet: "nope" });
      expect.unreachable("an unknown sheet must fail");
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).issue.code).toBe("ingest.sheet_not_found");
      expect((error as IngestError).issue.params?.sheets).toBe("not this one, data, ʤ");
    }
  });
});

describe("#31 hidden sheets and merged cells", () => {
  const fet = fileURLToPath(new URL("../fixtures/excel/fr_insee_fet2021_zones_emploi.xlsx", import.meta.url));

  it("lists a hidden sheet by its position, its name redacted, and never reads it unasked", async () => {
    // a workbook whose first sheet ("salaires nominatifs") is hidden, as workbook.xml's state="hidden" says
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["Nom", "Salaire"],
        ["Dupont", 2100],
      ]),
      "salaires nominatifs",
    );
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["Nom", "Heures"],
        ["Martin", 3],
      ]),
      "heures",
    );
    book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    const path = join(mkdtempSync(join(tmpdir(), "solidata-d31-")), "classeur.xlsx");
    writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const { report } = await loadSpreadsheet(path);
    expect(report.sheet).toBe("heures");
    expect(report.sheets).toEqual([
      { name: "#1", rows: 2, hidden: true },
      { name: "heures", rows: 2 },
    ]);
    expect(JSON.stringify(report)).not.toContain("salaires");
    // asked for by position, it is read, still named by its position
    const hidden = await loadSpreadsheet(path, { sheet: "1" });
    expect(hidden.report.sheet).toBe("#1");
    try {
      await loadSpreadsheet(path, { sheet: "nope" });
      expect.unreachable("an unknown sheet must fail");
    } catch (error) {
      expect((error as IngestError).issue.params?.sheets).toBe("#1, heures");
    }
  });

  it("does not forward-fill a merged cell of the data", async () => {
    // FET2021 figure 1: A13:H13 is merged (the Lecture note); its other cells stay empty
    const { table } = await loadSpreadsheet(fet, { sheet: "figure 1" });
    const lines = table.array("_line") as number[];
    const row = lines.indexOf(13);
    expect(row).toBeGreaterThan(0);
    for (const name of table.columnNames().slice(1, -1)) expect(table.get(name, row)).toBeNull();
  });
});
