import { describe, expect, it } from "vitest";
import { prepareChecked } from "./invariants.js";

// RELIABILITY.md #8: the header repeats a column name.
// Choice: deterministic rename (`Téléphone_2`), reported (`ingest.duplicate_header`); never keep-last.
describe("#8 a repeated header", () => {
  it("renames the second column and keeps both columns' data", async () => {
    const text =
      "Nom;Prénom;Date de naissance;Téléphone;Code postal;Ville;Téléphone\nDupont;Marie;1990-05-12;0612345678;01000;Bourg;0412345678\n";
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.columnNames()).toContain("Téléphone_2");
    expect(ingested.table.array("Téléphone")).toEqual(["0612345678"]);
    expect(ingested.table.array("Téléphone_2")).toEqual(["0412345678"]);
    const issue = ingested.report.issues.find((i) => i.code === "ingest.duplicate_header");
    expect(issue?.params).toEqual({ index: 7, name: "Téléphone_2", header: "Téléphone" });
  });
});
