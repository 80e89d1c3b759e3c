import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { cp1252, prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #2: a "CSV (point-virgule)" from French Excel, in Windows-1252.
// Choice: decode with the sniffed windows-1252 (never U+FFFD), rather than refuse the file.
describe("#2 Windows-1252 from French Excel", () => {
  const text = register([
    "Lefèvre;Françoise;1961-03-02;75011",
    "Cœur;Hélène;1970-01-01;13001",
    "Dupré;Noël €;1980-12-24;69003",
  ]);

  it("detects that the file is not UTF-8 and decodes é è ç œ € exactly", async () => {
    const { ingested } = await prepareChecked(cp1252(text));
    expect(ingested.report.encoding).toBe("windows-1252");
    expect(ingested.report.decisions.find((d) => d.topic === "encoding")?.code).toBe("ingest.decision.not_utf8");
    expect(ingested.table.array("Nom")).toEqual(["Lefèvre", "Cœur", "Dupré"]);
    expect(ingested.table.array("Prénom")).toEqual(["Françoise", "Hélène", "Noël €"]);
    expect(JSON.stringify(ingested.table.objects())).not.toContain("\ufffd");
  });

  it("reads byte 0x80 as € when the file is declared Latin-1 (read as its superset Windows-1252)", () => {
    const { table, report } = fromCSV(cp1252("Montant\n12 €\n"), { encoding: "windows-1252" });
    expect(report.decisions[0]?.code).toBe("ingest.decision.encoding_option");
    expect(table.array("Montant")).toEqual([12]);
    const { table: text } = fromCSV(cp1252("Libellé\nCotisation 12 €\n"), { encoding: "windows-1252" });
    expect(text.array("Libellé")).toEqual(["Cotisation 12 €"]);
  });
});
