import { compareNames } from "@solidata/core";
import { describe, expect, it } from "vitest";

// levels: 0 exact, 1 close, 2 similar, 3 different
describe("compareNames", () => {
  it("folds case, accents, hyphens and spaces into an exact agreement", () => {
    expect(compareNames("Marie-Élise", "MARIE ELISE")).toBe(0);
    expect(compareNames("  Lefèvre ", "lefevre")).toBe(0);
    expect(compareNames("Le Gall", "LEGALL")).toBe(0);
    expect(compareNames("Œuvray", "oeuvray")).toBe(0);
  });
  it("finds a typo, a French homophone and a part of a compound name close", () => {
    expect(compareNames("Dupont", "Dupond")).toBe(1);
    expect(compareNames("Cathy", "Kathy")).toBe(1);
    expect(compareNames("Marie", "Marie-Élise")).toBe(1);
    expect(compareNames("Durand", "Durand-Lefèvre")).toBe(1);
  });
  it("keeps other names apart and a missing name missing", () => {
    expect(compareNames("Dupont", "Martin")).toBe(3);
    expect(compareNames("Dupont", null)).toBeNull();
    expect(compareNames(" ", "Martin")).toBeNull();
  });
});
