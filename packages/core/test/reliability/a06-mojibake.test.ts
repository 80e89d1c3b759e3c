import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #6: mojibake already in the data (`HÃ©lÃ¨ne`, `Â£`).
// Choice: no automatic repair; the cells are kept as written and counted (`ingest.mojibake`).
describe("#6 mojibake already in the data", () => {
  it("keeps the cells as written and warns with the count of affected cells", async () => {
    const text = register([
      "Dupont;HÃ©lÃ¨ne;1990-05-12;01000",
      "Martin;Â£ Léa;1991-01-01;75001",
      "Durand;Zoé;1992-02-02;69001",
    ]);
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.array("Prénom")).toEqual(["HÃ©lÃ¨ne", "Â£ Léa", "Zoé"]);
    const warning = ingested.report.issues.find((i) => i.code === "ingest.mojibake");
    expect(warning?.column).toBe("Prénom");
    expect(warning?.params?.count).toBe(2);
  });
});
