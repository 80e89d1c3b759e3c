import { ColumnType, IngestError, isColumnType, SolidataError } from "@solidata/core";
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
    // one error type: a sentence, then the code and place; the data alongside, and the French wording
    expect(error.message).toBe(
      "a.csv: a quote opened on line 3 (column 2) is never closed. Close the quote, or remove it, then try again. [ingest.unterminated_quote (line 3, column 2)]",
    );
    expect(error).toBeInstanceOf(SolidataError);
    expect(error.code).toBe("ingest.unterminated_quote");
    expect(error.messageIn("fr")).toMatch(/^a\.csv : /);
  });
});
