import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #18: `;` delimiter, decimal comma, NBSP / U+202F thousands, currency suffix.
describe("#18 French numbers", () => {
  it("sniffs ; and reads 1 234,50 (NBSP and U+202F), 12,50 € and 1.000 as numbers", () => {
    const text =
      "Nom;Montant;Aide\nDupont;1\u00a0234,50;12,50 €\nMartin;1\u202f000,00;3,00 €\nDurand;1.000;1 000,00 €\nLefèvre;2,5;0,50 €\n";
    const { table, report } = fromCSV(text);
    expect(report.delimiter).toBe(";");
    expect(table.array("Montant")).toEqual([1234.5, 1000, 1000, 2.5]);
    expect(table.array("Aide")).toEqual([12.5, 3, 1000, 0.5]);
  });

  it("never reads 1 234 as 1: a number it cannot read stays as text and is reported", () => {
    const { table, report } = fromCSV("Nom;Heures\na;1\nb;2\nc;1 23 4\n", { sampleRows: 2 });
    expect(table.array("Heures")).toEqual([1, 2, "1 23 4"]);
    expect(report.issues.find((i) => i.code === "ingest.value_not_parsed")).toMatchObject({ line: 4, value: "1 23 4" });
  });
});
