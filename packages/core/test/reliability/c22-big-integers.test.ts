import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #22: integers above 2^53 (`Number("9007199254740993")` gives …992).
describe("#22 integers above 2^53", () => {
  it("keeps them as strings, never Number(), and JSON has the strings", async () => {
    const text = register(
      ["Dupont;9007199254740993;1234567890123456789", "Martin;9007199254740995;9999999999999999999"],
      "Nom;Dossier;Numéro de cas",
    );
    const { ingested, prepared } = await prepareChecked(text);
    expect(ingested.table.array("Dossier")).toEqual(["9007199254740993", "9007199254740995"]);
    expect(ingested.table.array("Numéro de cas")).toEqual(["1234567890123456789", "9999999999999999999"]);
    const json = JSON.stringify(prepared.cleaned?.clean.objects());
    expect(json).toContain('"9007199254740993"');
    expect(json).toContain('"1234567890123456789"');
  });
});
