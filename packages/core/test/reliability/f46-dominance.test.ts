// Catalogue entry 46: dominance. One family received 90% of the cash aid at a site: the sum is
// suppressed (rule p > 85%); a sum over too few contributors is suppressed too. I3: no published sum
// lets a reader learn one contributor's amount.
import { protectSum } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("46. dominance", () => {
  it("suppresses a sum over too few contributors and a sum one contributor dominates (90% > 85%)", () => {
    expect(
      protectSum([
        ["A", 8],
        ["B", 2.5],
      ]),
    ).toEqual({ value: null, status: "min-contributors" });
    // one family 90 of 100: dominance
    expect(
      protectSum([
        ["F1", 90],
        ["F2", 5],
        ["F3", 5],
      ]),
    ).toEqual({ value: null, status: "dominance" });
    // 85% exactly is allowed (the rule is p > 85%): 85 of 100
    const even = protectSum([
      ["F1", 85],
      ["F2", 5],
      ["F3", 5],
      ["F4", 5],
    ]);
    expect(even.status).toBe("ok");
    expect(even.value).toBe(100);
  });
});
