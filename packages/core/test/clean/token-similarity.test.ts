import { tokenSimilarity } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("tokenSimilarity", () => {
  it("ignores word order and scores missing words like a Dice coefficient", () => {
    expect(tokenSimilarity(["date", "activite"], ["activite", "date"])).toBe(1);
    // one shared word of 1 + 2: 2 × 1 / 3
    expect(tokenSimilarity(["heure"], ["heure", "benevolat"])).toBe(0.667);
    expect(tokenSimilarity(["foo"], ["bar"])).toBe(0);
    expect(tokenSimilarity([], ["bar"])).toBe(0);
  });
  it("pairs a word with its prefix or a typo", () => {
    // "benev" starts "benevole": 0.85; 2 × 0.85 / 2
    expect(tokenSimilarity(["benev"], ["benevole"])).toBe(0.85);
    expect(tokenSimilarity(["quantite"], ["quantitte"])).toBeGreaterThan(0.8);
  });
});
