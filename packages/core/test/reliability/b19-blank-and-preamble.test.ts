import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked } from "./invariants.js";

// RELIABILITY.md #19: blank lines, delimiter-only lines, a 3-line preamble, a one-column file.
// Choices: the header is detected (title lines above it are reported, `ingest.line_above_header`)
// or given (`headerLine`); blank and delimiter-only rows are counted (`report.blankRows`), not data;
// in a one-column file an empty line is a blank row too (documented: it holds no value).
describe("#19 blank rows, delimiter-only rows and a preamble", () => {
  const text =
    "Association Les Amis\nExport du 12/03/2024\nConfidentiel\nNom;Prénom;Date de naissance;Code postal\nDupont;Marie;1990-05-12;01000\n\n;;;\nMartin;Léa;1991-01-01;75001\n";

  it("finds the header under the preamble, reports the lines above and counts the blank rows", async () => {
    const { ingested } = await prepareChecked(text);
    expect(ingested.report.headerLine).toBe(4);
    expect(ingested.report.issues.filter((i) => i.code === "ingest.line_above_header").map((i) => i.line)).toEqual([
      1, 2, 3,
    ]);
    expect(ingested.report.rows).toBe(2);
    expect(ingested.report.blankRows).toBe(2);
    expect(ingested.table.array("_line")).toEqual([5, 8]);
  });

  it("takes the header line when given", () => {
    expect(fromCSV(text, { headerLine: 4 }).report.headerLine).toBe(4);
  });

  it("counts the empty values of a one-column file as blank rows", () => {
    const { table, report } = fromCSV("Nom\nDupont\n\nMartin\n\n");
    expect(table.array("Nom")).toEqual(["Dupont", "Martin"]);
    expect(report.blankRows).toBe(2);
  });
});
