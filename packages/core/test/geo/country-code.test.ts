import { countryCode } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("countryCode", () => {
  it("reads French and English names and ISO codes", () => {
    expect(["Belgique", "Belgium", "BE", "bel"].map(countryCode)).toEqual(["BE", "BE", "BE", "BE"]);
    expect(["États-Unis", "USA", "United States"].map(countryCode)).toEqual(["US", "US", "US"]);
    expect(countryCode("Australia")).toBe("AU");
  });
  it("counts overseas départements and Corsica as France", () => {
    expect(["France", "Guadeloupe", "La Réunion", "Mayotte", "Corse"].map(countryCode)).toEqual([
      "FR",
      "FR",
      "FR",
      "FR",
      "FR",
    ]);
  });
  it("returns null for blanks and unknown names", () => {
    expect([null, "", "Atlantide", 33].map(countryCode)).toEqual([null, null, null, null]);
  });
});
