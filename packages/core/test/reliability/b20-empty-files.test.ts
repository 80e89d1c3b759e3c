import { fromCSV, IngestError } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #20: 0-byte file, header-only file, BOM-only file.
// Choice: an empty or BOM-only file is E (`ingest.empty_file`, naming the file); a header-only file
// reads as a table of 0 rows with its columns (the commands then exit 6, "nothing to report").
describe("#20 empty files", () => {
  const fails = (input: string | Uint8Array): string => {
    try {
      fromCSV(input, { file: "vide.csv" });
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).issue.params?.file).toBe("vide.csv");
      return (error as IngestError).issue.code;
    }
    return "no error";
  };

  it("refuses a 0-byte file and a BOM-only file", () => {
    expect(fails(new Uint8Array(0))).toBe("ingest.empty_file");
    expect(fails(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe("ingest.empty_file");
    expect(fails("\n\n")).toBe("ingest.empty_file");
  });

  it("reads a header-only file as 0 rows, no undefined anywhere", () => {
    const { table, report } = fromCSV("Nom;Prénom\n");
    expect(table.numRows()).toBe(0);
    expect(report.rows).toBe(0);
    expect(report.columns.map((c) => c.name)).toEqual(["Nom", "Prénom"]);
    expect(JSON.stringify(report)).not.toContain("undefined");
  });
});
