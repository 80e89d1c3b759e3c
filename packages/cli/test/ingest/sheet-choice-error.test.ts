import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import { sheetChoiceError } from "../../src/ingest/sheet-choice-error.js";

describe("sheetChoiceError", () => {
  const ambiguous = {
    code: "ingest.sheet_ambiguous",
    severity: "error",
    params: { file: "a.xlsx", count: 2, sheets: '1 "2024", 2 "2025", #3' },
  } as const;

  it("asks for --sheet, naming the file and its sheets, as a usage error", () => {
    const error = sheetChoiceError(ambiguous, "en");
    expect(error?.exitCode).toBe(ExitCode.usage);
    expect(error?.message).toBe(
      'a.xlsx has 2 sheets with data: choose the one to read with --sheet NAME|N (its name, or its position, 1 for the first). Its sheets are: 1 "2024", 2 "2025", #3.',
    );
    expect(sheetChoiceError(ambiguous, "fr")?.message).toContain("choisissez celle à lire avec --sheet NOM|N");
    expect(sheetChoiceError(ambiguous, "en", "report.sheet_ambiguous")?.message).toContain(
      "or with sheet: for this file in the configuration",
    );
  });

  it("makes an unknown sheet a usage error too, and leaves other issues alone", () => {
    const missing = sheetChoiceError(
      {
        code: "ingest.sheet_not_found",
        severity: "error",
        params: { file: "a.xlsx", sheet: "x", sheets: "2024, 2025" },
      },
      "en",
    );
    expect([missing?.exitCode, missing?.message]).toEqual([
      ExitCode.usage,
      "a.xlsx has no sheet x. Its sheets are: 2024, 2025.",
    ]);
    expect(sheetChoiceError({ code: "ingest.empty_file", severity: "error", params: { file: "a.xlsx" } }, "en")).toBe(
      undefined,
    );
  });
});
