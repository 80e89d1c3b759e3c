import { fileURLToPath } from "node:url";
import { IngestError } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #31: a workbook with several sheets.
// Behaviour: without `sheet`, the first sheet with data is read and named in the report; a sheet
// is chosen by name or by 0-based position; an unknown sheet is E listing the sheets. Large sheets
// are refused with a size message (#29); the report lists every sheet with its size (`inspect` shows it).
// Not done yet: hidden sheets marked in the report, merged header cells.
describe("#31 several sheets", () => {
  const path = fileURLToPath(new URL("../fixtures/excel/csvkit_sheets.xlsx", import.meta.url));

  it("names the sheet read, and takes a sheet by name or position", async () => {
    // sheets: "not this one" (empty), "data" (5 rows), "ʤ" (1 row)
    const first = await loadSpreadsheet(path);
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
    expect((await loadSpreadsheet(path, { sheet: "1" })).report.sheet).toBe("data");
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
