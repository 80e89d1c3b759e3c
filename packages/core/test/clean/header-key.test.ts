import { headerKey, keySimilarity } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("headerKey", () => {
  it("ignores case, accents and punctuation", () => {
    expect(headerKey("  Tél. Portable ")).toBe("tel portable");
    expect(headerKey("N° adhérent")).toBe("n adherent");
    expect(headerKey("Nb d'heures")).toBe("nb d heures");
  });
  it("keeps HXL hashtags with sorted attributes", () => {
    expect(headerKey("#Contact +Phone")).toBe("#contact+phone");
    expect(headerKey("#contact+name+first")).toBe(headerKey("#contact+first+name"));
  });
});

describe("keySimilarity", () => {
  it("is 1 for equal keys, high for near misses, low for unrelated ones", () => {
    expect(keySimilarity("heures", "heures")).toBe(1);
    expect(keySimilarity("nombre heures", "nombre d heures")).toBeGreaterThan(0.8);
    expect(keySimilarity("prenom", "quantite")).toBeLessThan(0.3);
  });
});
