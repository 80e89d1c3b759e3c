import { publicFigure } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("publicFigure", () => {
  it("drops the rule and the value of a hidden figure", () => {
    expect(publicFigure({ value: 12, status: "min-contributors" })).toEqual({ value: null, status: "suppressed" });
    expect(publicFigure({ value: null, status: "dominance" })).toEqual({ value: null, status: "suppressed" });
    expect(publicFigure({ value: 12, status: "ok" })).toEqual({ value: 12, status: "ok" });
  });
});
