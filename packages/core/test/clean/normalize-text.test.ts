import { normalizeText } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("normalizeText", () => {
  it("trims, collapses spaces of every kind and composes accents", () => {
    expect(normalizeText("  Distribution\u00a0 alimentaire ")).toBe("Distribution alimentaire");
    expect(normalizeText("Cafe\u0301\u202fsolidaire")).toBe("Café solidaire");
    expect(normalizeText("a\t\tb")).toBe("a b");
  });
  it("keeps line breaks inside a cell but trims spaces around them", () => {
    expect(normalizeText("ligne 1  \r\n  ligne 2")).toBe("ligne 1\nligne 2");
  });
  it("turns empty and blank cells into null, numbers and dates into text", () => {
    expect(normalizeText("   ")).toBeNull();
    expect(normalizeText(null)).toBeNull();
    expect(normalizeText(42)).toBe("42");
    expect(normalizeText(new Date(Date.UTC(2024, 2, 1)))).toBe("2024-03-01");
  });
});
