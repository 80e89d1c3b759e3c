import { describe, expect, it } from "vitest";
import { prepareChecked } from "./invariants.js";

// RELIABILITY.md #9: empty header names with data under them.
describe("#9 blank header cells", () => {
  it("names them column_1, column_3, keeps their data and flags each", async () => {
    const text = ";Nom;;Prénom;Date de naissance;Code postal\na;Dupont;b;Marie;1990-05-12;01000\n";
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.array("column_1")).toEqual(["a"]);
    expect(ingested.table.array("column_3")).toEqual(["b"]);
    const flagged = ingested.report.issues.filter((i) => i.code === "ingest.empty_header").map((i) => i.column);
    expect(flagged).toEqual(["column_1", "column_3"]);
  });
});
