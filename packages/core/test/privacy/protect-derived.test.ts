import { protectDerived } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("protectDerived", () => {
  it("hides attrition and one count when enrolled - followed-up is small (45 - 43 = 2)", () => {
    const out = protectDerived({ numerator: 43, denominator: 45, values: { attrition: 2 / 45 } });
    expect(out.values.attrition).toEqual({ value: null, status: "derived" });
    expect(out.numerator).toEqual({ value: null, status: "derived" });
    expect(out.denominator).toEqual({ value: 45, status: "ok" });
  });
  it("hides a rate whose numerator is hidden (8 of 10) or whose base is small", () => {
    expect(protectDerived({ numerator: 8, denominator: 10, values: { rate: 0.8 } }).values.rate?.status).toBe(
      "derived",
    );
    expect(protectDerived({ numerator: 8, denominator: 9, values: { rate: 8 / 9 } }).values.rate?.status).toBe(
      "small-base",
    );
    const hidden = protectDerived({
      numerator: { count: 20, status: "complementary" },
      denominator: 40,
      values: { rate: 0.5, lower: 0.35, upper: 0.65 },
    });
    expect(hidden.values).toEqual({
      rate: { value: null, status: "derived" },
      lower: { value: null, status: "derived" },
      upper: { value: null, status: "derived" },
    });
    expect(
      protectDerived({ denominator: { count: 40, status: "primary" }, values: { mean: 3 } }).values.mean?.status,
    ).toBe("small-base");
  });
  it("publishes everything when both parts and their complement are 0 or at least k", () => {
    const out = protectDerived({ numerator: 30, denominator: 45, values: { rate: 30 / 45 } });
    expect(out.values.rate).toEqual({ value: 30 / 45, status: "ok" });
    expect(out.numerator).toEqual({ value: 30, status: "ok" });
    expect(protectDerived({ numerator: 45, denominator: 45, values: { rate: 1 } }).values.rate?.value).toBe(1);
    expect(protectDerived({ numerator: 0, denominator: 45, values: { rate: 0 } }).values.rate?.value).toBe(0);
    expect(protectDerived({ denominator: 12, values: { mean: 2.5 } }).values.mean?.value).toBe(2.5);
  });
  it("computes the figures from the published (perturbed) counts", () => {
    const out = protectDerived({
      numerator: { count: 30, published: 31 },
      denominator: { count: 45, published: 44 },
      compute: (n, d) => ({ rate: (n as number) / d }),
    });
    expect(out.values.rate?.value).toBe(31 / 44);
    expect(out.numerator?.value).toBe(31);
    const hidden = protectDerived({ numerator: 3, denominator: 45, compute: (n, d) => ({ rate: (n as number) / d }) });
    expect(hidden.values.rate).toEqual({ value: null, status: "derived" });
  });
  it("protects a difference between two groups through the other group (the complement)", () => {
    // arm A 13, both arms 22: arm B = 9 < 10, so the difference of their means is hidden
    const out = protectDerived({ numerator: 13, denominator: 22, values: { difference: 1.2 } });
    expect(out.values.difference?.status).toBe("derived");
  });
});
