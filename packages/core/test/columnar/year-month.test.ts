import { yearMonth } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("yearMonth", () => {
  // python3: from datetime import date, timedelta
  // >>> (date(1970,1,1) + timedelta(days=19814)).isoformat()   # '2024-04-01'
  // >>> (date(1970,1,1) + timedelta(days=19813)).isoformat()   # '2024-03-31'
  // >>> (date(1970,1,1) + timedelta(days=-1)).isoformat()      # '1969-12-31'
  it("gives the UTC month of a date or a day number", () => {
    expect(yearMonth(new Date(Date.UTC(2024, 3, 1)))).toBe("2024-04");
    expect(yearMonth(new Date(Date.UTC(2024, 2, 31, 23, 59)))).toBe("2024-03");
    expect(yearMonth(19_814)).toBe("2024-04");
    expect(yearMonth(19_813)).toBe("2024-03");
    expect(yearMonth(-1)).toBe("1969-12");
    expect(yearMonth(new Date(Date.UTC(999, 0, 5)))).toBe("0999-01");
  });

  it("gives null for what is not a date", () => {
    expect(
      [null, undefined, Number.NaN, new Date(Number.NaN), "2024-04-01", Number.POSITIVE_INFINITY].map(yearMonth),
    ).toEqual(Array(6).fill(null));
  });
});
