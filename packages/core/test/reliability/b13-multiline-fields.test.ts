import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked } from "./invariants.js";

// RELIABILITY.md #13: quoted multi-line address; CRLF between records and LF inside quotes.
describe("#13 line breaks inside quotes", () => {
  it("reads one record per quoted multi-line address, numbered by its starting line", async () => {
    const text =
      'Nom;Prénom;Date de naissance;Code postal;Adresse\r\nDupont;Marie;1990-05-12;01000;"12 rue X\nBât. B"\r\nMartin;Léa;1991-01-01;75001;"3 place Y\n\n2e étage"\r\nDurand;Zoé;x;69001;ici\r\n';
    const { ingested } = await prepareChecked(text);
    expect(ingested.report.rows).toBe(3);
    expect(ingested.table.array("Adresse")).toEqual(["12 rue X\nBât. B", "3 place Y\n\n2e étage", "ici"]);
    expect(ingested.table.array("_line")).toEqual([2, 4, 7]);
    expect(ingested.report.lineEnding).toBe("crlf");
  });

  it("reports an error at the line where the record starts", () => {
    const { report } = fromCSV('a;b\n"x\ny";1\nz;deux\n', { types: { b: "integer" } });
    expect(report.issues.find((i) => i.code === "ingest.value_not_parsed")?.line).toBe(4);
  });
});
