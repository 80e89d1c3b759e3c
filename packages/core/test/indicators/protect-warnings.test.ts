import type { Issue } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { protectBase } from "../../src/indicators/protect-base.js";
import { protectWarnings } from "../../src/indicators/protect-warnings.js";

describe("protectBase", () => {
  it("hides counts from 1 to k − 1 and keeps 0 and k", () => {
    expect(protectBase(6, 10)).toEqual({ n: null, nStatus: "primary" });
    expect(protectBase(0, 10)).toEqual({ n: 0, nStatus: "ok" });
    expect(protectBase(10, 10)).toEqual({ n: 10, nStatus: "ok" });
  });
});

describe("protectWarnings", () => {
  it("keeps only the threshold of a small-sample warning", () => {
    const out = protectWarnings(
      [{ code: "analyses.small_n", severity: "warning", params: { n: 4, threshold: 30 } }],
      10,
      "outcomes",
    );
    expect(out).toEqual([
      { code: "indicators.small_sample", severity: "warning", params: { threshold: 30, section: "outcomes" } },
    ]);
    expect(JSON.stringify(out)).not.toContain("4");
  });
  it("writes a small count of excluded rows as < k, and a large one as it is, once per table", () => {
    const warning = (count: number): Issue => ({
      code: "analyses.rows_excluded_person",
      severity: "warning" as const,
      params: { function: "volunteerHours", count },
    });
    expect(protectWarnings([warning(3), warning(3)], 10, "volunteers")).toEqual([
      {
        code: "indicators.rows_excluded_person",
        severity: "warning",
        params: { count: "< 10", section: "volunteers" },
      },
    ]);
    expect(protectWarnings([warning(34)], 10, "volunteers")[0]?.params?.count).toBe(34);
  });
});
