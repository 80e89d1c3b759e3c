import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { CodedColumn, valuesOf } from "../../src/columnar/coded-column.js";
import { dayColumn } from "../../src/columnar/day-column.js";
import { encodeColumn } from "../../src/columnar/encode-column.js";
import { readColumn, readColumnOrCodes } from "../../src/columnar/read-column.js";
import { memberCodesOf } from "../../src/privacy/known-codes.js";

// a dictionary with a value twice (places 1 and 3), a blank, a date and a place no row uses (4)
const jan = new Date("2025-01-02T00:00:00Z");
const dictionary = ["b02", " A01 ", null, " A01 ", "unused", jan, ""];
const codes = Int32Array.of(5, 1, 0, 3, 2, 1, 6, 0);
const values = Array.from(codes, (c) => dictionary[c]);

describe("CodedColumn", () => {
  it("reads as its values through arquero, and readColumn copies them", () => {
    const t = table({ x: new CodedColumn(codes, dictionary) as unknown as unknown[] });
    expect(t.array("x")).toEqual(values);
    expect(t.filter((d: { x: unknown }) => d.x === "b02").numRows()).toBe(2);
    expect(Array.from(readColumn(t, "x"))).toEqual(values);
    expect(readColumnOrCodes(t, "x")).toBeInstanceOf(CodedColumn);
    expect(valuesOf(new CodedColumn(codes, dictionary))).toEqual(values);
  });

  it("gives the same codes, days and people as its values do", () => {
    const coded = new CodedColumn(codes, dictionary);
    expect(encodeColumn(coded)).toEqual(encodeColumn(values));
    expect(Array.from(dayColumn(table({ x: coded as unknown as unknown[] }), "x"))).toEqual(
      Array.from(dayColumn(table({ x: values }), "x")),
    );
    const fromCodes = memberCodesOf(coded, codes.length);
    const fromValues = memberCodesOf(values, values.length);
    expect([Array.from(fromCodes.codes), fromCodes.members, fromCodes.missing, fromCodes.allText]).toEqual([
      Array.from(fromValues.codes),
      fromValues.members,
      fromValues.missing,
      fromValues.allText,
    ]);
  });

  it("refuses a code that is not a place in its dictionary", () => {
    expect(() => new CodedColumn(Int32Array.of(0, 2), ["a", "b"])).toThrow(/row 1 has code 2/);
  });
});
