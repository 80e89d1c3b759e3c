import { readFileSync } from "node:fs";
import { cleanTable, fromCSV, normalizePostcodes } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "../clean/reference.js";

const reference = realReference();
const now = new Date("2026-01-01T00:00:00Z");

// Expected French codes checked in the code officiel géographique as shipped in
// @etalab/decoupage-administratif: 01000 → Bourg-en-Bresse 01053 (01, région 84); 20000 → Ajaccio
// 2A004 (2A, 94); 20200 → Bastia 2B033 (2B, 94); 97600 → Mamoudzou 97611 (976, 06); 69008 → Lyon 69123.
describe("normalizePostcodes by country", () => {
  it("never pads nor codes another country's postcode given by a country column", async () => {
    const out = await normalizePostcodes([1000, "4000", "7500", "4011", "60606", 1000], {
      reference,
      countries: ["Belgique", "BE", "Belgium", "Australia", "USA", "France"],
      communes: ["Bruxelles", "Liège", "Tournai", "Brisbane", "Chicago", "Bourg-en-Bresse"],
    });
    expect(out.postcode).toEqual(["1000", "4000", "7500", "4011", "60606", "01000"]);
    expect(out.commune_code).toEqual([null, null, null, null, null, "01053"]);
    expect(out.departement).toEqual([null, null, null, null, null, "01"]);
    expect(out.country).toEqual(["BE", "BE", "BE", "AU", "US", "FR"]);
    expect(out.foreign).toBe(5);
    expect(out.foreignBy).toEqual({ country_column: 5 });
  });
  it("follows the country option for rows without a country", async () => {
    const out = await normalizePostcodes(["1000", 4000, null], { reference, country: "BE" });
    expect(out.postcode).toEqual(["1000", "4000", null]);
    expect(out.departement).toEqual([null, null, null]);
    expect(out.foreignBy).toEqual({ country_option: 2 });
  });
  it("reads a file whose communes are not French as foreign (file-level evidence)", async () => {
    const out = await normalizePostcodes(["1000", "4000", "7500", "1050"], {
      reference,
      communes: ["Bruxelles", "Liège", "Tournai", "Ixelles"],
    });
    expect(out.postcode).toEqual(["1000", "4000", "7500", "1050"]);
    expect(out.commune_code).toEqual([null, null, null, null]);
    expect(out.foreignBy).toEqual({ commune_names: 4 });
  });
  it("still restores a French zero when the commune is French, and handles Corsica and overseas", async () => {
    const out = await normalizePostcodes(["1000", "20000", "20200", "97600", "69008"], {
      reference,
      communes: ["Bourg-en-Bresse", "Ajaccio", "Bastia", "Mamoudzou", "Lyon 8e"],
    });
    expect(out.postcode).toEqual(["01000", "20000", "20200", "97600", "69008"]);
    expect(out.departement).toEqual(["01", "2A", "2B", "976", "69"]);
    expect(out.commune_code).toEqual(["01053", "2A004", "2B033", "97611", "69123"]);
    expect(out.foreign).toBe(0);
  });
});

describe("cleanTable: places by country", () => {
  it("keeps the Belgian, Australian and US postcodes of a file with a Pays column untouched", async () => {
    const url = new URL("../fixtures/fr/made_restos_antennes.csv", import.meta.url);
    const { table } = fromCSV(readFileSync(url), { file: "made_restos_antennes.csv" });
    const { clean, report } = await cleanTable(table, { now, reference });
    expect(report.schema).toBe("sites");
    expect(clean.array("postcode")).toEqual([
      "1000",
      "4000",
      "7500",
      "69008",
      "01000",
      "20000",
      "20200",
      "97600",
      "4011",
      "60606",
    ]);
    expect(clean.array("departement")).toEqual([null, null, null, "69", "01", "2A", "2B", "976", null, null]);
    expect(report.changes).toContainEqual({ field: "postcode", operation: "foreign_postcode", cells: 5 });
  });
  it("takes a country option, kept in the recipe", async () => {
    const table = aq.table({
      Nom: ["Resto A", "Resto B", "Resto C"],
      CP: ["1000", "4000", "7500"],
      Adresse: ["a", "b", "c"],
    });
    const { clean, recipe } = await cleanTable(table, { now, reference, country: "BE", schema: "sites" });
    expect(clean.array("postcode")).toEqual(["1000", "4000", "7500"]);
    expect(clean.array("departement")).toEqual([null, null, null]);
    expect(recipe.fields.postcode?.country).toBe("BE");
    const again = await cleanTable(table, { now, reference, recipe });
    expect(again.clean.array("postcode")).toEqual(["1000", "4000", "7500"]);
  });
});
