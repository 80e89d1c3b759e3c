import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { monthCodes } from "../../src/columnar/month-codes.js";

describe("monthCodes", () => {
  it("gives each row its month among the months of the span, in calendar order", () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const m = monthCodes(table({ d: [d("2025-02-03"), null, d("2024-12-31"), d("2025-02-28"), "2025-01-01"] }), "d");
    // the span runs from December 2024 to February 2025: January has no row but is a month of it
    expect(m.labels).toEqual(["2024-12", "2025-01", "2025-02"]);
    expect(Array.from(m.codes)).toEqual([2, -1, 0, 2, -1]);
  });

  it("gives no label to a column without a date", () => {
    expect(monthCodes(table({ d: [null, "x"] }), "d").labels).toEqual([]);
  });
});
