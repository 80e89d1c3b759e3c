import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #26: impossible or implausible values.
// Behaviour today: `2023-02-30` is never read as a date (no roll-over to 2 March); the cleaning
// reports it (`clean.invalid_date`, line and column) and leaves the cell empty, the row stays.
describe("#26 impossible dates", () => {
  it("never reads 2023-02-30 as a date and reports it with its line and column", async () => {
    const text = register([
      "Dupont;Marie;1990-05-12;01000",
      "Martin;Léa;2023-02-30;75001",
      "Durand;Zoé;1991-01-01;69001",
    ]);
    const { ingested, prepared } = await prepareChecked(text);
    expect((ingested.table.array("Date de naissance") as unknown[])[1]).toBe("2023-02-30");
    const warning = prepared.cleaned?.report.warnings.find((w) => w.code === "clean.invalid_date");
    expect(warning).toMatchObject({ line: 3, column: "Date de naissance", value: "2023-02-30" });
    const cleanDates = JSON.stringify(prepared.cleaned?.clean.objects());
    expect(cleanDates).not.toContain("2023-03-02");
  });
});
