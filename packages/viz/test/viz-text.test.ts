import { describe, expect, it } from "vitest";
import { vizEn } from "../src/locales/en.js";
import { vizFr } from "../src/locales/fr.js";
import { vizMessages, vizText } from "../src/viz-text.js";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("vizText", () => {
  it("reads the catalogues of locales/en.ts and locales/fr.ts", () => {
    expect(vizMessages.en).toBe(vizEn);
    expect(vizMessages.fr).toBe(vizFr);
    expect(Object.keys(vizFr).sort()).toEqual(Object.keys(vizEn).sort());
  });

  it("gives every French text the placeholders of its English one", () => {
    for (const [code, english] of Object.entries(vizEn)) {
      expect(placeholders(vizFr[code as keyof typeof vizEn]), code).toEqual(placeholders(english));
    }
  });

  it("fills the placeholders in the reader's language", () => {
    expect(vizText("fr", "source", { source: "Registre" })).toBe("Source : Registre");
    expect(vizText("en", "source", { source: "Register" })).toBe("Source: Register");
    expect(vizText("fr", "axisVolunteers")).toBe("bénévoles");
    expect(vizText("en", "firstDecile")).toBe("10th percentile");
    // a missing parameter stays visible rather than becoming "undefined"
    expect(vizText("en", "n")).toBe("n = {n}");
  });
});
