import { P_TABLE, pTableRow } from "@solidata/core";
import { describe, expect, it } from "vitest";

const mean = (row: { perturbations: readonly number[]; shares: readonly number[] }): number =>
  row.perturbations.reduce((s, p, i) => s + p * (row.shares[i] as number), 0) / 256;

describe("P_TABLE", () => {
  it("has rows of 256 cell keys each, with changes within the documented maximum", () => {
    for (const row of [P_TABLE.atK, P_TABLE.atKPlus1, P_TABLE.above]) {
      expect(row.shares.reduce((a, b) => a + b, 0)).toBe(256);
      for (const p of row.perturbations) expect(Math.abs(p)).toBeLessThanOrEqual(P_TABLE.maxNoise);
    }
  });
  it("has the means stated in its documentation", () => {
    // (−2·16 − 40 + 40 + 2·16)/256 = 0; (−56 + 40 + 32)/256 = 0.0625; (40 + 32)/256 = 0.28125
    expect(mean(P_TABLE.above)).toBe(0);
    expect(mean(P_TABLE.atKPlus1)).toBe(0.0625);
    expect(mean(P_TABLE.atK)).toBe(0.28125);
  });
  it("never takes a count below k", () => {
    for (let v = 10; v < 20; v += 1)
      for (const p of pTableRow(v, 10).perturbations) expect(v + p).toBeGreaterThanOrEqual(10);
  });
});
