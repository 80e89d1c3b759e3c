import { AGE_BANDS, ageBand } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("ageBand", () => {
  it.each([
    [0, "0-17"],
    [17.99, "0-17"],
    [18, "18-24"],
    [24, "18-24"],
    [25, "25-34"],
    [44, "35-44"],
    [54, "45-54"],
    [64.5, "55-64"],
    [65, "65-74"],
    [75, "75+"],
    [104, "75+"],
  ])("puts %s in %s", (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it.each([[null], [undefined], [-1], [131], [Number.NaN]])("gives null for %s", (age) => {
    expect(ageBand(age)).toBeNull();
  });

  it("lists the bands in order", () => {
    expect(AGE_BANDS).toEqual(["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]);
  });
});
