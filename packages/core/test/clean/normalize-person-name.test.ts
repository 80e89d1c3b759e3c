import { normalizePersonName } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("normalizePersonName", () => {
  it("recases names typed all in capitals or all in lower case", () => {
    expect(normalizePersonName("JEAN-PIERRE")).toBe("Jean-Pierre");
    expect(normalizePersonName("  MARIE-ÉLISE   DE LA TOUR ")).toBe("Marie-Élise de la Tour");
    expect(normalizePersonName("jean de la fontaine")).toBe("Jean de la Fontaine");
    expect(normalizePersonName("LE GALL")).toBe("Le Gall");
  });
  it("handles elisions and apostrophes", () => {
    expect(normalizePersonName("D'ARTAGNAN")).toBe("d'Artagnan");
    expect(normalizePersonName("o'brien")).toBe("O'Brien");
    expect(normalizePersonName("N'DIAYE")).toBe("N'Diaye");
  });
  it("leaves names typed in mixed case as typed", () => {
    expect(normalizePersonName("McDonald")).toBe("McDonald");
    expect(normalizePersonName("DiCaprio")).toBe("DiCaprio");
  });
  it("returns null for an empty cell", () => {
    expect(normalizePersonName(" ")).toBeNull();
  });
});
