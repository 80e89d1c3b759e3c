import { isPresent } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("isPresent", () => {
  it("is false for null, undefined, NaN and an invalid date only", () => {
    expect([null, undefined, Number.NaN, new Date(Number.NaN)].map(isPresent)).toEqual([false, false, false, false]);
    expect([0, -0, "", " ", "NaN", false, new Date(0), Number.POSITIVE_INFINITY].map(isPresent)).toEqual(
      Array(8).fill(true),
    );
  });
});
