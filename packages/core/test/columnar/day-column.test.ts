import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { dayColumn, NO_DAY } from "../../src/columnar/day-column.js";

describe("dayColumn", () => {
  it("gives days since 1970-01-01, and NO_DAY for what is not a valid date", () => {
    const t = table({
      d: [
        new Date("1970-01-01T00:00:00Z"),
        new Date("1969-12-31T23:00:00Z"),
        new Date("2025-03-01T12:00:00Z"),
        null,
        "2025-03-01",
        new Date(Number.NaN),
      ],
    });
    // 2025-03-01 is day 20,148 (Python: (date(2025,3,1) - date(1970,1,1)).days); 1969-12-31 23:00 is day -1
    expect(Array.from(dayColumn(t, "d"))).toEqual([0, -1, 20_148, NO_DAY, NO_DAY, NO_DAY]);
  });

  it("remembers a column and follows a filter", () => {
    const t = table({ d: [new Date("1970-01-03T00:00:00Z"), new Date("1970-01-02T00:00:00Z")] });
    expect(dayColumn(t, "d")).toBe(dayColumn(t.select("d"), "d"));
    expect(Array.from(dayColumn(t.orderby("d"), "d"))).toEqual([1, 2]);
  });
});
