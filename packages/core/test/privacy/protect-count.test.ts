import { protectCount } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("protectCount", () => {
  it("hides 1..k-1 people, keeps zero and publishes k or more", () => {
    expect(protectCount(3)).toEqual({ value: null, status: "primary" });
    expect(protectCount(9)).toEqual({ value: null, status: "primary" });
    expect(protectCount(0)).toEqual({ value: 0, status: "ok" });
    expect(protectCount(10)).toEqual({ value: 10, status: "ok" });
    expect(protectCount(7, { profile: "internal" })).toEqual({ value: 7, status: "ok" });
    expect(protectCount(null)).toEqual({ value: null, status: "ok" });
  });
  it("publishes counts of organisations exactly unless asked", () => {
    expect(protectCount(3, { unit: "organisation" })).toEqual({ value: 3, status: "ok" });
    expect(protectCount(3, { unit: "organisation", suppressOrganisations: true })).toEqual({
      value: null,
      status: "primary",
    });
  });
  it("rounds to 5, never below k", () => {
    expect(protectCount(103, { roundTo: 5 }).value).toBe(105);
    expect(protectCount(102, { roundTo: 5 }).value).toBe(100);
    expect(protectCount(6, { roundTo: 5, k: 6 }).value).toBe(10);
  });
  it("perturbs with record keys", () => {
    // cell key (5 + 0·…) = 5 -> -2 on the row above k + 1
    const keys = [5, ...new Array(49).fill(0)];
    expect(protectCount(50, { recordKeys: keys })).toEqual({ value: 48, status: "ok" });
  });
  it("refuses bad counts", () => {
    expect(() => protectCount(-1)).toThrow();
    expect(() => protectCount(1, { k: 2 })).toThrow();
  });
});
