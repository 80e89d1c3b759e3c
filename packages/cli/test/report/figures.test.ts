import { describe, expect, it } from "vitest";
import { figureFrom, monthLabel } from "../../src/report/figures.js";

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

describe("figureFrom", () => {
  const meta = {
    id: "x",
    label: { fr: "X", en: "X" },
    format: "count" as const,
    n: 4,
    unit: "person",
    method: "count",
    k: 10,
  };
  it("takes the value when its status is ok", () => {
    expect(figureFrom({ n: 42, n_status: "ok" }, "n", meta)).toEqual({
      ...meta,
      k: undefined,
      value: 42,
      status: "ok",
    });
  });
  it("keeps no value and says the rule and k when suppressed", () => {
    expect(figureFrom({ n: null, n_status: "primary" }, "n", meta)).toEqual({
      id: "x",
      label: { fr: "X", en: "X" },
      format: "count",
      n: 4,
      unit: "person",
      method: "count",
      value: null,
      status: "primary",
      k: 10,
    });
  });
});
