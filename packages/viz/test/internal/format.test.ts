import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatPeriod, parsePeriod } from "../../src/internal/format.js";

describe("formats", () => {
  it("writes numbers and percentages in French and English", () => {
    expect(formatNumber(1234.5, "fr")).toBe("1\u00a0234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(-2, "fr")).toBe("\u22122");
    expect(formatPercent(0.125, "fr")).toBe("12,5\u00a0%");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
  });

  it("reads every period label of core as its first day", () => {
    expect(parsePeriod("2025")).toEqual({ date: new Date("2025-01-01T00:00:00Z"), unit: "year" });
    expect(parsePeriod("2025-Q3")).toEqual({ date: new Date("2025-07-01T00:00:00Z"), unit: "quarter" });
    expect(parsePeriod("2025-02")).toEqual({ date: new Date("2025-02-01T00:00:00Z"), unit: "month" });
    // ISO week 1 of 2025 starts on Monday 30 December 2024 (Python: date.fromisocalendar(2025, 1, 1) -> 2024-12-30)
    expect(parsePeriod("2025-W01")).toEqual({ date: new Date("2024-12-30T00:00:00Z"), unit: "week" });
    // Python: date.fromisocalendar(2026, 53, 1) -> 2026-12-28
    expect(parsePeriod("2026-W53")?.date).toEqual(new Date("2026-12-28T00:00:00Z"));
    expect(parsePeriod("2025-01-15")).toEqual({ date: new Date("2025-01-15T00:00:00Z"), unit: "day" });
    expect(parsePeriod("Lyon")).toBeNull();
    expect(parsePeriod(42)).toBeNull();
  });

  it("writes periods as readers do", () => {
    expect(formatPeriod("2025-01", "fr")).toBe("janv. 2025");
    expect(formatPeriod("2025-01", "en")).toBe("Jan 2025");
    expect(formatPeriod("2025-Q1", "fr")).toBe("T1 2025");
    expect(formatPeriod("2025-Q1", "en")).toBe("Q1 2025");
    expect(formatPeriod("2025-W01", "fr")).toBe("S01 2025");
    expect(formatPeriod(new Date(Date.UTC(2025, 6, 14)), "fr")).toBe("14 juil. 2025");
    expect(formatPeriod("autre", "fr")).toBe("autre");
    expect(formatPeriod(null, "fr")).toBe("");
  });
});
