import { describe, expect, it } from "vitest";
import { monthLabel } from "../../src/report/figures.js";

describe("monthLabel", () => {
  it("writes an ISO month in French and English", () => {
    expect(monthLabel("2025-01")).toEqual({ fr: "janv. 2025", en: "Jan 2025" });
    expect(monthLabel("2024-12")).toEqual({ fr: "déc. 2024", en: "Dec 2024" });
  });
  it("leaves other labels as they are", () => {
    expect(monthLabel("2025-Q1")).toBe("2025-Q1");
    expect(monthLabel(null)).toBe("–");
  });
});
