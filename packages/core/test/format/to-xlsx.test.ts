import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toXLSX, XLSX_MAX_ROWS } from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import * as aq from "arquero";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sheetCells, unzipEntries } from "./unzip-entries.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-xlsx-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const table = aq.table({
  person_id: ["00152", "A-7", "00153"],
  postcode: ["01000", "2A004", null],
  phone: ["+33612345678", "+262692123456", ""],
  note: ["=1+1", "ok", "@SUM(1)"],
  hours: [2.5, 0, -1],
  date: [new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(1999, 11, 31, 13, 30)), null],
  member: [true, false, null],
});

describe("toXLSX", () => {
  it("writes text as shared-string cells, numbers and dates as numbers, and the workbook reads back exactly", async () => {
    const bytes = await toXLSX([
      { name: "clean", table, headers: { person_id: "Identifiant", postcode: "Code postal" } },
      { name: "quarantine", table: aq.table({ line: [4], code: ["clean.invalid_date"] }) },
    ]);
    const files = unzipEntries(bytes);
    const workbookXml = files.get("xl/workbook.xml") ?? "";
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["clean", "quarantine"]);
    const cells = sheetCells(files.get("xl/worksheets/sheet1.xml") ?? "");
    const shared = [...(files.get("xl/sharedStrings.xml") ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]);
    const text = (ref: string): string | undefined => {
      const c = cells.get(ref);
      expect(c?.t, ref).toBe("s");
      return shared[Number(c?.v)];
    };
    expect(["A1", "B1", "C1"].map(text)).toEqual(["Identifiant", "Code postal", "phone"]);
    expect(["A2", "B2", "C2", "D2", "A4"].map(text)).toEqual(["00152", "01000", "+33612345678", "=1+1", "00153"]);
    // no formula anywhere, numbers as numbers
    expect(files.get("xl/worksheets/sheet1.xml")).not.toContain("<f>");
    expect([cells.get("E2")?.t ?? "n", cells.get("E2")?.v]).toEqual(["n", "2.5"]);
    // 2024-03-01 is Excel serial day 45352 (=DATE(2024;3;1) in Excel); 1999-12-31 13:30 is 36525.5625
    expect(Number(cells.get("F2")?.v)).toBe(45352);
    expect(Number(cells.get("F3")?.v)).toBeCloseTo(36525.5625, 9);
    expect(cells.get("F2")?.s).not.toBeNull();
    expect(cells.has("B4")).toBe(false);
    expect(cells.get("G2")).toMatchObject({ t: "b", v: "1" });
    // the style of a date cell is Excel's built-in short date (14), of a date-time 22
    const xfs = [...(files.get("xl/styles.xml") ?? "").matchAll(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/g)][0]?.[1] ?? "";
    const formats = [...xfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    expect([formats[Number(cells.get("F2")?.s)], formats[Number(cells.get("F3")?.s)]]).toEqual([14, 22]);

    // read back with the project's own workbook reader
    await writeFile(join(dir, "out.xlsx"), bytes);
    const loaded = await loadTable(join(dir, "out.xlsx"), { file: "out.xlsx", sheet: "clean" });
    expect(loaded.report.format).toBe("xlsx");
    const back = loaded.table;
    expect(back.array("Identifiant")).toEqual(["00152", "A-7", "00153"]);
    expect(back.array("Code postal")).toEqual(["01000", "2A004", null]);
    expect((back.array("phone") as unknown[]).slice(0, 2)).toEqual(["+33612345678", "+262692123456"]);
    expect(back.array("hours")).toEqual([2.5, 0, -1]);
    expect(loaded.report.columns.find((c) => c.name === "date")?.type).toBe("datetime");
    expect((back.array("date") as (Date | null)[]).map((d) => d?.toISOString() ?? null)).toEqual([
      "2024-03-01T00:00:00.000Z",
      "1999-12-31T13:30:00.000Z",
      null,
    ]);
    const second = await loadTable(join(dir, "out.xlsx"), { file: "out.xlsx", sheet: "quarantine" });
    expect(second.table.array("code")).toEqual(["clean.invalid_date"]);
  });

  it("refuses no sheet, a bad or repeated name and too many rows", async () => {
    await expect(toXLSX([])).rejects.toThrow(/toXLSX requires at least one sheet/);
    await expect(toXLSX([{ name: "a/b", table }])).rejects.toThrow(/unique sheet names/);
    await expect(
      toXLSX([
        { name: "Clean", table },
        { name: "clean", table },
      ]),
    ).rejects.toThrow(/unique sheet names/);
    const big = aq.table({ a: new Array(XLSX_MAX_ROWS).fill(1) });
    await expect(toXLSX([{ name: "big", table: big }])).rejects.toThrow(/at most 1048575 rows/);
  });
});
