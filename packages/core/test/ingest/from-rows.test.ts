import { fromRows } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/ingest/from-rows.js";

describe("fromRows", () => {
  it("types workbook cells like CSV, keeping native numbers, dates and booleans", () => {
    const date = new Date(Date.UTC(2024, 2, 19));
    const { table, report } = fromRows({
      rows: [[null], ["code", "n", "le", "ok"], [1033, 2.5, date, true], [7, 3, null, false]],
      sheet: "Feuille1",
    });
    expect(report).toMatchObject({
      format: "xlsx",
      sheet: "Feuille1",
      headerLine: 2,
      rows: 2,
      encoding: null,
      delimiter: null,
    });
    expect(table.objects()).toEqual([
      { code: "1033", n: 2.5, le: date, ok: true, _line: 3 },
      { code: "7", n: 3, le: null, ok: false, _line: 4 },
    ]);
  });

  it("writes cells so that the CSV rules read them back", () => {
    expect(cellText(1033)).toBe("1033");
    expect(cellText(new Date(Date.UTC(1948, 0, 1, 14, 57, 12, 999)))).toBe("1948-01-01T14:57:13Z");
    expect(cellText(new Date(Date.UTC(2024, 0, 2)))).toBe("2024-01-02");
    expect(cellText(null)).toBe("");
  });
});
