import { readFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { readXlsxLayout } from "../../src/ingest/read-xlsx-layout.js";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/excel/${name}`, import.meta.url));

describe("readXlsxLayout", () => {
  it("reads the merged ranges of each sheet", () => {
    const layouts = readXlsxLayout(fixture("fr_insee_fet2021_zones_emploi.xlsx"));
    expect(layouts.map((l) => l.name)).toEqual(["figure 1", "figure 2", "figure 3", "figure 4"]);
    // figure 1's sheet XML: <mergeCell ref="F3:G3"/> over the years, B3:B4 for a label over both header rows
    const merges = layouts[0]?.merges ?? [];
    expect(merges).toContainEqual({ left: 5, top: 3, right: 6, bottom: 3 });
    expect(merges).toContainEqual({ left: 1, top: 3, right: 1, bottom: 4 });
  });

  it("tells hidden sheets and formula cells without a cached value", () => {
    const book = XLSX.utils.book_new();
    const sheet: XLSX.WorkSheet = {
      "!ref": "A1:B3",
      A1: { t: "s", v: "n" },
      A2: { t: "n", v: 2 },
      A3: { t: "n", v: 4, f: "A2*2" },
      B3: { t: "n", f: "A3*2" } as XLSX.CellObject,
    };
    XLSX.utils.book_append_sheet(book, sheet, "visible");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["x"]]), "secret");
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }] };
    const layouts = readXlsxLayout(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    expect(layouts.map((l) => [l.name, l.hidden])).toEqual([
      ["visible", false],
      ["secret", true],
    ]);
    // A3 has its cached 4; B3 has none
    expect(layouts[0]?.formulasWithoutValue).toEqual([{ row: 3, column: 1 }]);
  });

  it("gives nothing for bytes that are no archive", () => {
    expect(readXlsxLayout(new TextEncoder().encode("not a zip"))).toEqual([]);
  });
});
