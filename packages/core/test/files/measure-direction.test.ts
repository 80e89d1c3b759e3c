import { measureDirection } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("measureDirection", () => {
  it("knows common scales: WEMWBS and WHO-5 higher, BDI, PHQ-9 and GAD-7 lower", () => {
    expect(measureDirection("Bien-être (WEMWBS)")).toBe("higher");
    expect(measureDirection("WHO-5")).toBe("higher");
    expect(measureDirection("bdi")).toBe("lower");
    expect(measureDirection("PHQ-9 score")).toBe("lower");
    expect(measureDirection("GAD7")).toBe("lower");
    expect(measureDirection("Sentiment de solitude")).toBe("lower");
  });
  it("lets the user decide, and says null for an unknown measure", () => {
    expect(measureDirection("score", { Score: "higher" })).toBe("higher");
    expect(measureDirection("bdi", { bdi: "higher" })).toBe("higher");
    expect(measureDirection("score")).toBeNull();
  });
});
