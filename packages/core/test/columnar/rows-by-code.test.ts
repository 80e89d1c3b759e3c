import { describe, expect, it } from "vitest";
import { rowsByCode } from "../../src/columnar/rows-by-code.js";

describe("rowsByCode", () => {
  it("groups the rows by code, in table order within a code, leaving out -1", () => {
    const { order, starts } = rowsByCode(Int32Array.from([2, 0, -1, 2, 0, 1]), 3);
    expect(Array.from(order)).toEqual([1, 4, 5, 0, 3]);
    expect(Array.from(starts)).toEqual([0, 2, 3, 5]);
  });

  it("keeps the order of a first sort inside each code", () => {
    const day = Int32Array.from([3, 1, 2, 1]);
    const person = Int32Array.from([0, 1, 0, 0]);
    const byDay = rowsByCode(day, 4).order;
    // person 0's rows by day (rows 3, 2, 0), then person 1's
    expect(Array.from(rowsByCode(person, 2, byDay).order)).toEqual([3, 2, 0, 1]);
  });
});
