import { toCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #21: phones, postcodes, IDs with leading zeros, SIRET-like 14 digits.
describe("#21 identifiers with leading zeros", () => {
  const text = register(
    ["00152;Dupont;Marie;0612345678;01000;73282932000074", "00153;Martin;Léa;0712345678;02100;00000000000017"],
    "N° adhérent;Nom;Prénom;Téléphone;Code postal;SIRET",
  );

  it("keeps them byte for byte in the table, the cleaned CSV and JSON", async () => {
    const { ingested, prepared } = await prepareChecked(text);
    for (const [name, values] of [
      ["N° adhérent", ["00152", "00153"]],
      ["Téléphone", ["0612345678", "0712345678"]],
      ["Code postal", ["01000", "02100"]],
      ["SIRET", ["73282932000074", "00000000000017"]],
    ] as const) {
      expect(ingested.table.array(name)).toEqual(values);
      expect(ingested.report.columns.find((c) => c.name === name)?.type).toBe("identifier");
    }
    const csv = toCSV(ingested.table);
    for (const v of ["00152", "0612345678", "01000", "73282932000074", "00000000000017"]) expect(csv).toContain(v);
    const json = JSON.stringify(prepared.cleaned?.clean.objects());
    for (const v of ['"01000"', '"02100"', '"73282932000074"']) expect(json).toContain(v);
  });
});
