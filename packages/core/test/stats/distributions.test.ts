import { logGamma, normalCdf, normalQuantile, studentTCdf, studentTQuantile } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("distributions", () => {
  // R: options(digits=15); c(qt(0.975,9), pt(-2.5,3.7), qnorm(0.975), pnorm(-3.1), qnorm(1e-10), pt(1.3, 120.5))
  // [1]  2.262157162798205  0.035911011455913376  1.9599639845400536
  // [4]  0.000967603213218356 -6.361340902404056  0.9019589188990597
  it("match R's qt, pt, qnorm and pnorm", () => {
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 9);
    expect(studentTCdf(-2.5, 3.7)).toBeCloseTo(0.035911011455913376, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 12);
    expect(normalCdf(-3.1) / 0.000967603213218356).toBeCloseTo(1, 9);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(studentTCdf(1.3, 120.5)).toBeCloseTo(0.9019589188990597, 12);
  });

  it("logGamma gives log factorials", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(() => normalQuantile(1)).toThrow("normalQuantile: needs a probability strictly between 0 and 1");
  });
});
