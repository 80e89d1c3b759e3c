import { periodOf } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day } from "./helpers.js";

describe("periodOf", () => {
  // ISO weeks checked with Python: date(2024,12,30).isocalendar() -> (2025, 1, 1);
  // date(2021,1,3).isocalendar() -> (2020, 53, 7); date(2025,1,13).isocalendar() -> (2025, 3, 1)
  it("labels ISO weeks across year boundaries", () => {
    expect(periodOf(day("2024-12-30"), "week")).toBe("2025-W01");
    expect(periodOf(day("2021-01-03"), "week")).toBe("2020-W53");
    expect(periodOf(day("2025-01-13"), "week")).toBe("2025-W03");
  });

  it("labels months, quarters and years", () => {
    expect(periodOf(day("2025-01-31"), "month")).toBe("2025-01");
    expect(periodOf(day("2025-05-17"), "quarter")).toBe("2025-Q2");
    expect(periodOf(day("2025-12-31"), "year")).toBe("2025");
  });

  it("rejects invalid dates and periods", () => {
    expect(() => periodOf(new Date("nope"), "month")).toThrow("periodOf: needs a valid date");
    // @ts-expect-error an unknown period
    expect(() => periodOf(day("2025-01-01"), "decade")).toThrow(/period/);
  });
});
