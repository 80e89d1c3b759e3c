import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #17: stray quotes (`O"Brien`, `12"`, `"a" ,b`).
// Choice (the relaxed mode, documented): a quote inside an unquoted field is text; text after a
// closing quote keeps that quote and the text (`"O"Brien"` reads `O"Brien"`), with a warning
// (`ingest.stray_quote`) and its line: what the message says is what was done. Later rows are unaffected.
describe("#17 stray quotes", () => {
  it("keeps the quotes in the values, warns with the line, leaves later rows alone", async () => {
    const text = register(
      [
        'O"Brien;Marie;1990-05-12;01000',
        '"O"Brien;Léa;1991-01-01;75001',
        '"a" ;Zoé;1992-02-02;69001',
        "Martin;Noël;1993-03-03;13001",
      ],
      "Nom;Prénom;Date de naissance;Code postal",
    );
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.array("Nom")).toEqual(['O"Brien', 'O"Brien', 'a" ', "Martin"]);
    expect(ingested.table.array("Prénom")).toEqual(["Marie", "Léa", "Zoé", "Noël"]);
    expect(ingested.report.issues.filter((i) => i.code === "ingest.stray_quote").map((i) => i.line)).toEqual([3, 4]);
  });

  it('keeps a screen size 12" as written', async () => {
    const { ingested } = await prepareChecked(
      register(['Dupont;Marie;1990-05-12;01000;12"'], "Nom;Prénom;Date de naissance;Code postal;Écran"),
    );
    expect(ingested.table.array("Écran")).toEqual(['12"']);
  });
});
