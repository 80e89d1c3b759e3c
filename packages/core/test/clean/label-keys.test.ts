import { fingerprintKey, formatKey, ngramKey, phoneticKey, prefixKey } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("label keys", () => {
  it("format: only case, accents and spaces do not matter", () => {
    expect(formatKey(" Épicerie  SOLIDAIRE")).toBe("epicerie solidaire");
    expect(formatKey("ajaccio")).toBe(formatKey("Ajaccio"));
    expect(formatKey("Distribution  alimentaire ")).toBe(formatKey("Distribution alimentaire"));
    expect(formatKey("E\u0301picerie")).toBe(formatKey("Epicerie"));
    // punctuation, word order and spelling are for the looser keys, which only propose
    expect(formatKey("Distrib. alimentaire")).not.toBe(formatKey("Distrib alimentaire"));
    expect(formatKey("alimentaire distribution")).not.toBe(formatKey("distribution alimentaire"));
    expect(formatKey("Accueil - orientation")).not.toBe(formatKey("Accueil orientation"));
  });
  it("fingerprint: case, accents, punctuation and word order do not matter", () => {
    expect(fingerprintKey(" Distribution  Alimentaire.")).toBe("alimentaire distribution");
    expect(fingerprintKey("alimentaire, DISTRIBUTION")).toBe("alimentaire distribution");
    expect(fingerprintKey("Épicerie")).toBe("epicerie");
  });
  it("n-gram fingerprint: glued and split words collide", () => {
    expect(ngramKey("aide alimentaire")).toBe(ngramKey("aidealimentaire"));
    expect(ngramKey("abab")).toBe("abba");
    expect(ngramKey("a")).toBe("a");
  });
  it("phonetic: French spellings of one sound collide, different words do not", () => {
    expect(phoneticKey("Café")).toBe(phoneticKey("Kafé"));
    expect(phoneticKey("Pharmacie")).toBe(phoneticKey("Farmacie"));
    expect(phoneticKey("Bateau")).toBe(phoneticKey("Batô"));
    expect(phoneticKey("Ateliers")).toBe(phoneticKey("Atelier"));
    expect(phoneticKey("Accueil")).not.toBe(phoneticKey("Collecte"));
  });
  it("prefix: abbreviations collide with the full word", () => {
    expect(prefixKey("Distrib. alimentaire")).toBe("distr alime");
    expect(prefixKey("Distribution alimentaire")).toBe("distr alime");
    expect(prefixKey("Accomp. social", 5)).toBe(prefixKey("Accompagnement social", 5));
  });
});
