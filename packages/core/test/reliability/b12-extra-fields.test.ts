import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #12: too many fields, and a trailing delimiter on every line.
// Choice: an extra cell quarantines its row (`clean.ragged_row`); a trailing delimiter on every line
// (header included) gives one empty column, noted once (`ingest.empty_header`), no error per row.
describe("#12 too many fields, trailing delimiters", () => {
  it("quarantines the row with an unquoted comma address", async () => {
    const text = register(
      ["Dupont,Marie,1990-05-12,01000,12, rue X", "Martin,Léa,1991-01-01,75001,rue Y"],
      "Nom,Prénom,Date de naissance,Code postal,Adresse",
    );
    const { ingested, prepared } = await prepareChecked(text);
    expect(ingested.report.issues.find((i) => i.code === "ingest.ragged_row")).toMatchObject({ line: 2 });
    expect(prepared.cleaned?.quarantine.numRows()).toBe(1);
    expect(prepared.cleaned?.quarantine.get("line", 0)).toBe(2);
  });

  it("notes a uniform trailing delimiter once", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `Dupont;Marie;1990-05-12;010${String(i).padStart(2, "0")};`);
    const { ingested, prepared } = await prepareChecked(register(rows, "Nom;Prénom;Date de naissance;Code postal;"));
    expect(ingested.report.issueCounts["ingest.ragged_row"]).toBeUndefined();
    expect(ingested.report.issueCounts["ingest.empty_header"]).toBe(1);
    expect(prepared.cleaned?.clean.numRows()).toBe(20);
  });
});
