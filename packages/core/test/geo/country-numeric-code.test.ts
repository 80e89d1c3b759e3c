import { describe, expect, it } from "vitest";
import { countryCode } from "../../src/geo/country-code.js";
import { countryNumericCode } from "../../src/geo/country-numeric-code.js";

describe("countryNumericCode", () => {
  it("gives the ISO 3166-1 numeric codes (the standard's table), zeros kept", () => {
    // ISO 3166-1: France 250, Australia 036, Algeria 012, Belgium 056, Côte d'Ivoire 384, United States 840
    expect(["FR", "AU", "DZ", "be", "CI", "US"].map(countryNumericCode)).toEqual([
      "250",
      "036",
      "012",
      "056",
      "384",
      "840",
    ]);
  });
  it("knows every country countryCode reads, and nothing else", () => {
    for (const name of ["Sénégal", "Royaume-Uni", "Haïti", "Pays-Bas", "Norvège", "Ukraine", "Mali"]) {
      const code = countryCode(name);
      expect(code, name).not.toBeNull();
      expect(countryNumericCode(code as string), name).toMatch(/^\d{3}$/);
    }
    expect(countryNumericCode("ZZ")).toBeNull();
  });
});
