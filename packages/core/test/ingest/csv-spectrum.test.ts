import { readdirSync, readFileSync } from "node:fs";
import { fromCSV, isColumnType } from "@solidata/core";
import { describe, expect, it } from "vitest";

const dir = new URL("../fixtures/csv/spectrum/", import.meta.url);
const names = readdirSync(new URL("csvs/", dir)).map((f) => f.replace(/\.csv$/, ""));

/** Reads a csv-spectrum file with every column as text and no null token, as the expected JSON has it. */
function readAsText(name: string): Record<string, unknown>[] {
  const bytes = new Uint8Array(readFileSync(new URL(`csvs/${name}.csv`, dir)));
  const header = fromCSV(bytes, { sampleRows: 1 }).report.columns.map((c) => c.name);
  const types = Object.fromEntries(header.map((h) => [h, "text" as const]));
  const { table } = fromCSV(bytes, { nullTokens: [], types });
  return table.objects().map((row) => {
    const { _line, ...rest } = row as Record<string, unknown>;
    return rest;
  });
}

describe("csv-spectrum", () => {
  it("has the twelve files", () => {
    expect(names).toHaveLength(12);
    expect(isColumnType("text")).toBe(true);
  });

  for (const name of names) {
    it(`reads ${name}.csv as its expected JSON`, () => {
      const parsed = JSON.parse(readFileSync(new URL(`json/${name}.json`, dir), "utf8")) as unknown;
      const expected = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, string>[];
      const rows = readAsText(name);
      if (name === "location_coordinates") {
        // the upstream JSON has another phone number than its CSV (2095257564): every other field must match
        expect(rows[0]?.["Contact Phone Number"]).toBe("2095257564");
        expect({ ...rows[0], "Contact Phone Number": "1234567890" }).toEqual(expected[0]);
        return;
      }
      expect(rows).toEqual(expected);
    });
  }

  it("keeps the source line of records that span lines", () => {
    const bytes = new Uint8Array(readFileSync(new URL("csvs/newlines_crlf.csv", dir)));
    const { table, report } = fromCSV(bytes);
    expect(table.array("_line")).toEqual([2, 3, 5]);
    expect(report.lineEnding).toBe("crlf");
  });
});
