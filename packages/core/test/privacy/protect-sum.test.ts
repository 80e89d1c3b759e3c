import { protectSum } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("protectSum", () => {
  it("hides a sum from fewer than 3 people", () => {
    expect(
      protectSum([
        ["A", 8],
        ["B", 2.5],
      ]),
    ).toEqual({ value: null, status: "min-contributors" });
    // rows of one person are added up before counting contributors
    expect(
      protectSum([
        ["A", 4],
        ["A", 4],
        ["B", 2.5],
      ]),
    ).toEqual({ value: null, status: "min-contributors" });
  });
  it("publishes a sum of 3 people none of whom dominates", () => {
    expect(
      protectSum([
        ["A", 4],
        ["B", 3],
        ["C", 3.5],
      ]),
    ).toEqual({ value: 10.5, status: "ok" });
    expect(
      protectSum(
        new Map([
          ["A", 4],
          ["B", 3],
          ["C", 3.5],
        ]),
      ),
    ).toEqual({ value: 10.5, status: "ok" });
  });
  it("applies dominance on top: 90 of 100 is over 85 %", () => {
    expect(
      protectSum([
        ["A", 90],
        ["B", 5],
        ["C", 5],
      ]),
    ).toEqual({ value: null, status: "dominance" });
    expect(
      protectSum([
        ["A", 85],
        ["B", 10],
        ["C", 5],
      ]),
    ).toEqual({ value: 100, status: "ok" });
  });
  it("takes the minimum from the options and ignores empty rows", () => {
    expect(
      protectSum(
        [
          ["A", 4],
          ["B", 3],
          ["C", 3.5],
        ],
        { minContributors: 4 },
      ).status,
    ).toBe("min-contributors");
    expect(
      protectSum([
        ["A", 1],
        [null, 50],
        ["", 50],
        ["B", null],
        ["C", 1],
        ["D", 1],
      ]),
    ).toEqual({ value: 3, status: "ok" });
    expect(protectSum([])).toEqual({ value: 0, status: "ok" });
    expect(() => protectSum([], { minContributors: 1 })).toThrow();
  });
});
