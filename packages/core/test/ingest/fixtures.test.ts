import { fileURLToPath } from "node:url";
import { loadTable } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { fixtureExpectations } from "./fixture-expectations.js";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));

describe("every copied fixture", () => {
  for (const expected of fixtureExpectations) {
    it(`reads ${expected.path}`, async () => {
      // a workbook with several sheets of data is read by the sheet its expectation names
      const { table, report } = await loadTable(dir + expected.path, expected.sheet ? { sheet: expected.sheet } : {});
      expect(report.encoding).toBe(expected.encoding);
      expect(report.delimiter).toBe(expected.delimiter);
      expect(report.headerLine).toBe(expected.headerLine);
      expect(report.rows).toBe(expected.rows);
      expect(table.numRows()).toBe(expected.rows);
      if (expected.sheet) expect(report.sheet).toBe(expected.sheet);
      const types = Object.fromEntries(report.columns.map((c) => [c.name, c.type]));
      for (const [name, type] of Object.entries(expected.types))
        expect({ name, type: types[name] }).toEqual({ name, type });
      const tags = Object.fromEntries(report.columns.map((c) => [c.name, c.hxl]));
      for (const [name, tag] of Object.entries(expected.hxl ?? {})) expect(tags[name]).toBe(tag);
      expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }
});
