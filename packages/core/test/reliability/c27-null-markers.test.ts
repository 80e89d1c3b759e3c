import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked } from "./invariants.js";

// RELIABILITY.md #27: NA markers vs real values: a surname `Na`, the country code `NA` (Namibia).
// Choice: per column by its type. In a text column only the blank and marks that are no word
// ("-", "?", ".", "N/A") are missing: `Na`, `Null`, `NA`, `inconnu` stay values. In number, date,
// yes/no and identifier columns every default marker is missing. Each marker read as missing is
// counted per column (`ingest.null_markers`). Given `nullTokens` apply as given to every column.
describe("#27 null markers per column", () => {
  const text =
    "Nom;Prénom;Pays;Date de naissance;Code postal;Enfants\n" +
    "Na;Marie;NA;1990-05-12;01000;2\n" +
    "Null;Léa;FR;NA;75001;N/A\n" +
    "Dupont;inconnu;-;?;NA;3\n" +
    "Martin;Zoé;BE;1992-02-02;69001;-\n";

  it("keeps Na, Null, NA and inconnu as values in text columns", async () => {
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.array("Nom")).toEqual(["Na", "Null", "Dupont", "Martin"]);
    expect(ingested.table.array("Pays")).toEqual(["NA", "FR", null, "BE"]);
    expect(ingested.table.array("Prénom")).toEqual(["Marie", "Léa", "inconnu", "Zoé"]);
  });

  it("reads the markers of typed columns as missing and counts each one", () => {
    const { table, report } = fromCSV(text, { maxIssuesPerCode: Number.POSITIVE_INFINITY });
    expect(table.array("Enfants")).toEqual([2, null, 3, null]);
    expect(table.array("Code postal")).toEqual(["01000", "75001", null, "69001"]);
    const counted = Object.fromEntries(report.columns.map((c) => [c.name, c.nullMarkers ?? {}]));
    expect(counted).toEqual({
      Nom: {},
      Prénom: {},
      Pays: { "-": 1 },
      "Date de naissance": { NA: 1, "?": 1 },
      "Code postal": { NA: 1 },
      Enfants: { "N/A": 1, "-": 1 },
    });
    const issues = report.issues.filter((i) => i.code === "ingest.null_markers");
    expect(issues.map((i) => [i.column, i.params?.count])).toEqual([
      ["Pays", 1],
      ["Date de naissance", 2],
      ["Code postal", 1],
      ["Enfants", 2],
    ]);
  });

  it("applies given tokens as given", () => {
    const { table } = fromCSV("Nom;Pays\nNa;NA\nx;nc\n", { nullTokens: ["", "nc"] });
    expect(table.array("Pays")).toEqual(["NA", null]);
  });
});
