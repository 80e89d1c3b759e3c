import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { IngestError } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { zip } from "./zip.js";

// RELIABILITY.md #29: an xlsx zip bomb (small container, a sheet XML inflating far beyond it).
// Choice: E before full inflation. Each part may inflate at most 100 times its compressed size
// (parts under 1 MiB inflated are exempt) and all parts together at most 256 MiB (configurable,
// `maxUnzippedBytes`); the bytes are counted as they inflate, the sizes the archive declares are not trusted.
describe("#29 an xlsx zip bomb", () => {
  const dir = mkdtempSync(join(tmpdir(), "solidata-a29-"));
  const failure = async (path: string, options = {}): Promise<IngestError> => {
    try {
      await loadSpreadsheet(path, options);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      return error as IngestError;
    }
    throw new Error("expected the workbook to be refused");
  };

  it("refuses a part that inflates over 100:1, naming the part and the limit", async () => {
    const bomb = zip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(64 << 20).fill(0x20) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, bomb);
    const error = await failure(path);
    expect(error.issue.code).toBe("ingest.workbook_entry_ratio");
    expect(error.issue.params).toMatchObject({ file: "bomb.xlsx", entry: "xl/worksheets/sheet1.xml", limit: 100 });
  });

  it("refuses a workbook over the absolute budget with a size message that does not blame the file", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Personne ${i}`, i, `${i}@ex.org`]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Nom", "Heures", "Email"], ...rows]), "Feuil1");
    const path = join(dir, "large.xlsx");
    writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const error = await failure(path, { maxUnzippedBytes: 64 * 1024 });
    expect(error.issue.code).toBe("ingest.workbook_too_large");
    expect(error.issue.params?.limit).toBe(0.06);
    const read = await loadSpreadsheet(path);
    expect(read.report.rows).toBe(3000);
  });
});
