import { ColumnType, IngestError, isColumnType } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("ColumnType", () => {
  it("lists the ten types and guards them", () => {
    expect(Object.values(ColumnType)).toEqual([
      "text",
      "identifier",
      "integer",
      "decimal",
      "percent",
      "currency",
      "boolean",
      "date",
      "datetime",
      "empty",
    ]);
    expect(isColumnType("identifier")).toBe(true);
    expect(isColumnType("float")).toBe(false);
    expect(isColumnType(3)).toBe(false);
  });
});

describe("IngestError", () => {
  it("carries its issue and the file", () => {
    const error = new IngestError({
      code: "ingest.unterminated_quote",
      severity: "error",
      line: 3,
      column: "2",
      params: { file: "a.csv" },
    });
    expect(error.file).toBe("a.csv");
    expect(error.message).toBe("ingest.unterminated_quote (line 3, column 2)");
  });
});
