import { describe, expect, it } from "vitest";
import { encodeValues, pushDecodedValues } from "../../src/ingest/range-values.js";

describe("encodeValues and pushDecodedValues", () => {
  it("give back every kind of cell in order, texts once in the dictionary", () => {
    const day = new Date(Date.UTC(2024, 1, 3));
    const cells = [null, "007", false, true, 2.5, -0, day, "007", "Accueil", new Date(Number.NaN), undefined];
    const encoded = encodeValues(cells);
    expect(encoded.texts).toEqual(["007", "Accueil"]);
    const out: unknown[] = [];
    pushDecodedValues(encoded, out);
    expect(out).toHaveLength(cells.length);
    expect(out.slice(0, 6)).toEqual([null, "007", false, true, 2.5, -0]);
    expect(Object.is(out[5], -0)).toBe(true);
    expect((out[6] as Date).getTime()).toBe(day.getTime());
    expect(out[7]).toBe("007");
    expect(Number.isNaN((out[9] as Date).getTime())).toBe(true);
    // undefined cells are missing, as the engine writes them
    expect(out[10]).toBeNull();
  });

  it("keep one entry per text when told the values are already distinct (a dictionary)", () => {
    const encoded = encodeValues(["007", "007", null, "Accueil"], false);
    expect(encoded.texts).toEqual(["007", "007", "Accueil"]);
    const out: unknown[] = [];
    pushDecodedValues(encoded, out);
    expect(out).toEqual(["007", "007", null, "Accueil"]);
  });

  it("refuses a kind of value it cannot carry", () => {
    expect(() => encodeValues([{ a: 1 }])).toThrow(/cannot encode a object/);
  });
});
