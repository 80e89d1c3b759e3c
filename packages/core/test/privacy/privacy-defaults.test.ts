import { privacyDefaults } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("privacyDefaults", () => {
  it("gives the thresholds of each profile", () => {
    expect(privacyDefaults("public")).toEqual({
      k: 10,
      dominance: 0.85,
      roundTo: null,
      minContributors: 3,
      suppressOrganisations: false,
    });
    expect(privacyDefaults("internal").k).toBe(5);
    expect(privacyDefaults("internal").minContributors).toBe(3);
    expect(() => privacyDefaults("x" as "public")).toThrow();
  });
});
