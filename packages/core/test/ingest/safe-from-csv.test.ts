import { safeFromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("safeFromCSV", () => {
  it("returns the table or the issue instead of throwing", () => {
    const ok = safeFromCSV("a\n1\n");
    expect(ok.ok && ok.value.table.numRows()).toBe(1);
    expect(safeFromCSV("", { file: "vide.csv" })).toEqual({
      ok: false,
      issues: [{ code: "ingest.empty_file", severity: "error", params: { file: "vide.csv" } }],
    });
  });
});
