import { describe, expect, it } from "vitest";
import { formatCell, formatValue } from "../../src/report/format-value.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatValue", () => {
  it("writes counts and hours with the language's separators", () => {
    expect(formatValue(1234567, "count", "fr")).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatValue(1234567, "count", "en")).toBe("1,234,567");
    expect(formatValue(1234.56, "hours", "fr")).toBe(`1${NNBSP}234,6`);
    expect(formatValue(1234.56, "hours", "en")).toBe("1,234.6");
  });
  it("writes fractions as percentages", () => {
    expect(formatValue(0.125, "percent", "fr")).toBe(`12,5${NBSP}%`);
    expect(formatValue(0.125, "percent", "en")).toBe("12.5%");
  });
  it("writes euros without cents", () => {
    expect(formatValue(14850.4, "euros", "fr")).toBe(`14${NNBSP}850${NBSP}€`);
    expect(formatValue(14850.4, "euros", "en")).toBe("€14,850");
  });
  it("writes ISO dates in words, whatever the time zone", () => {
    expect(formatValue("2025-01-31", "date", "fr")).toBe("31 janvier 2025");
    expect(formatValue("2025-01-31T23:30:00Z", "date", "en")).toBe("31 January 2025");
  });
  it("shows a dash for a missing value and the right language of a label", () => {
    expect(formatValue(null, "count", "fr")).toBe("–");
    expect(formatValue({ fr: "Oui", en: "Yes" }, "text", "en")).toBe("Yes");
  });
});

describe("formatCell", () => {
  it("shows what kind of suppression hid a value", () => {
    expect(formatCell({ value: null, status: "primary", k: 10 }, "count", "fr")).toBe("< 10");
    expect(formatCell({ value: null, status: "small-base", k: 5 }, "percent", "en")).toBe("n < 5");
    expect(formatCell({ value: null, status: "complementary", k: 10 }, "count", "en")).toBe("hidden");
    expect(formatCell({ value: null, status: "dominance", k: 10 }, "hours", "fr")).toBe("masqué");
  });
  it("shows the value of a cell that is ok", () => {
    expect(formatCell({ value: 42, status: "ok" }, "count", "en")).toBe("42");
  });
});
