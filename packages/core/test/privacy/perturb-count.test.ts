import { PrivacyError, perturbCount } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("perturbCount", () => {
  it("reads the p-table at the cell key", () => {
    // cell key = sum mod 256 = 30; value 12 = k + 2 uses the row [-2:16, -1:40, 0:144, +1:40, +2:16]:
    // keys 16..55 give -1
    expect(perturbCount([17, 250, 3, 99, 201, 54, 12, 180, 77, 140, 12, 9], 12)).toBe(11);
    // cell keys 0..15 -> -2, 56..199 -> 0, 200..239 -> +1, 240..255 -> +2
    expect(perturbCount([5], 50)).toBe(48);
    expect(perturbCount([100], 50)).toBe(50);
    expect(perturbCount([210], 50)).toBe(51);
    expect(perturbCount([250], 50)).toBe(52);
    // at k: 0..199 -> 0, 200..239 -> +1, 240..255 -> +2
    expect(perturbCount([5], 10)).toBe(10);
    expect(perturbCount([245], 10)).toBe(12);
  });
  it("keeps zero, hides 1..k-1 and never publishes below k", () => {
    expect(perturbCount([], 0)).toBe(0);
    expect(perturbCount([1, 2, 3], 3)).toBeNull();
    for (let key = 0; key < 256; key += 1) {
      for (const v of [10, 11, 12]) expect(perturbCount([key], v) as number).toBeGreaterThanOrEqual(10);
    }
  });
  it("gives the same value to the same records in any order", () => {
    const keys = [3, 77, 190, 254, 12, 8, 99, 100, 41, 6, 200];
    expect(perturbCount(keys, 11)).toBe(perturbCount([...keys].reverse(), 11));
  });
  it("checks its inputs", () => {
    expect(() => perturbCount([], -1)).toThrow(PrivacyError);
    expect(() => perturbCount([], 2.5)).toThrow(PrivacyError);
    expect(() => perturbCount([], 10, { k: 3 })).toThrow(PrivacyError);
  });
});
