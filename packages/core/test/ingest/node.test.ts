import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IngestError } from "@solidata/core";
import { loadCSV, loadSpreadsheet, loadTable } from "@solidata/core/node";
import { describe, expect, it } from "vitest";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

describe("loadCSV", () => {
  it("reports the bytes read, chunk by chunk, up to the file's size (onProgress)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "solidata-progress-"));
    try {
      const path = join(dir, "big.csv");
      // 3 MB: three read chunks of 1 MiB at least
      const text = `id;nom\n${Array.from({ length: 150_000 }, (_, i) => `${String(i).padStart(6, "0")};Nom ${i}`).join("\n")}\n`;
      writeFileSync(path, text);
      const size = Buffer.byteLength(text);
      const calls: [number, number][] = [];
      const { report } = await loadCSV(path, { onProgress: (done, total) => calls.push([done, total]) });
      expect(report.rows).toBe(150_000);
      expect(calls.length).toBeGreaterThanOrEqual(Math.floor(size / (1 << 20)));
      expect(calls.every(([, total]) => total === size)).toBe(true);
      expect(calls.every(([done], i) => i === 0 || done > (calls[i - 1] as [number, number])[0])).toBe(true);
      expect(calls.at(-1)).toEqual([size, size]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("records the file name, size and SHA-256 of the bytes", async () => {
    const path = `${fixtures}csv/csvkit/test_latin1.csv`;
    const bytes = readFileSync(path);
    const { table, report } = await loadCSV(path);
    expect(report).toMatchObject({
      file: "test_latin1.csv",
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(table.array("c")).toEqual([3, "©"].map((_, i) => (i === 0 ? "3" : "©")));
  });

  it("throws file_not_found naming the file", async () => {
    await expect(loadCSV(`${fixtures}absent.csv`)).rejects.toMatchObject({
      issue: { code: "ingest.file_not_found", params: { file: "absent.csv" } },
    });
  });
});

describe("loadSpreadsheet", () => {
  it("refuses to guess between two sheets with data, and reads the one asked by name or number", async () => {
    // csvkit_sheets.xlsx: "not this one" (empty), "data" and "ʤ" (both with data)
    const path = `${fixtures}excel/csvkit_sheets.xlsx`;
    await expect(loadSpreadsheet(path)).rejects.toMatchObject({
      issue: { code: "ingest.sheet_ambiguous", params: { count: 2, sheets: '1 "not this one", 2 "data", 3 "ʤ"' } },
    });
    // for a look at the file only: the first sheet with data
    expect((await loadSpreadsheet(path, { ambiguousSheet: "first" })).report.sheet).toBe("data");
    expect((await loadSpreadsheet(path, { sheet: "ʤ" })).table.objects()).toEqual([{ a: 1, b: 2, c: 3, _line: 2 }]);
    expect((await loadSpreadsheet(path, { sheet: 2 })).report.sheet).toBe("ʤ");
    await expect(loadSpreadsheet(path, { sheet: "x" })).rejects.toMatchObject({
      issue: { code: "ingest.sheet_not_found", params: { sheets: "not this one, data, ʤ" } },
    });
  });

  it("turns Excel dates into Dates and float codes into text identifiers", async () => {
    const { table } = await loadSpreadsheet(`${fixtures}excel/csvkit_ne_1033_data.xlsx`);
    expect(table.get("fips", 0)).toBe("31001");
    expect(table.get("ship_date", 0)).toEqual(new Date(Date.UTC(2008, 6, 11)));
    expect(table.get("_line", 0)).toBe(2);
  });

  it("reads legacy .xls with its HXL row", async () => {
    const { table, report } = await loadTable(`${fixtures}excel/libhxl_input-valid.xls`);
    expect(report).toMatchObject({ format: "xls", headerLine: 2, hxlLine: 3, rows: 4 });
    expect(table.get("Registro", 0)).toBe("001");
  });

  it("throws workbook_protected and workbook_corrupted", async () => {
    await expect(loadSpreadsheet(`${fixtures}made/password_protected.xlsx`)).rejects.toMatchObject({
      issue: { code: "ingest.workbook_protected" },
    });
    const dir = mkdtempSync(join(tmpdir(), "solidata-ingest-"));
    writeFileSync(join(dir, "cut.xlsx"), readFileSync(`${fixtures}excel/csvkit_sheets.xlsx`).subarray(0, 3000));
    writeFileSync(join(dir, "text.xlsx"), "a,b\n1,2\n");
    for (const name of ["cut.xlsx", "text.xlsx"]) {
      const error = await loadSpreadsheet(join(dir, name)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).issue).toMatchObject({ code: "ingest.workbook_corrupted", params: { file: name } });
    }
    rmSync(dir, { recursive: true });
  });
});
