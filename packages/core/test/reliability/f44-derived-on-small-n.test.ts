// Catalogue entry 44: percentages, means and sums on n < k ("100% of 6", "average age of the 4 people
// at site Z") are suppressed. I3: no published value rests on fewer than k people.
import { protectCount, protectDerived } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("44. derived figures on a small n", () => {
  it("suppresses a count under the threshold and keeps one at or above it", () => {
    expect(protectCount(6)).toEqual({ value: null, status: "primary" });
    expect(protectCount(4)).toEqual({ value: null, status: "primary" });
    expect(protectCount(25).value).toBe(25);
  });

  it("suppresses a percentage and a mean whose denominator is under the threshold (100% of 6, mean of 4)", () => {
    const share = protectDerived({ numerator: 6, denominator: 6, values: { share: 1 } });
    expect(share.values.share?.value).toBeNull();
    expect(share.denominator.value).toBeNull();
    const mean = protectDerived({ numerator: 4, denominator: 4, values: { mean_age: 37.5 } });
    expect(mean.values.mean_age?.value).toBeNull();
  });
});
