import { compareEmails } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("compareEmails", () => {
  it("normalises as the cleaning does (case, spaces, mailto)", () => {
    expect(compareEmails(" Marie.Durand@Exemple.fr", "mailto:marie.durand@exemple.fr")).toBe(0);
  });
  it("finds a typo or the same local part similar, other addresses different", () => {
    expect(compareEmails("marie.durand@exemple.fr", "marie.durnad@exemple.fr")).toBe(1);
    expect(compareEmails("marie.durand@exemple.fr", "marie.durand@autre.org")).toBe(1);
    expect(compareEmails("marie.durand@exemple.fr", "paul.martin@asso.org")).toBe(2);
    expect(compareEmails("marie.durand@exemple.fr", null)).toBeNull();
  });
});
