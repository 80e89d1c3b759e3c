import { describe, expect, it } from "vitest";
import { combineCodes, firstOccurrences, foldKeys } from "../../src/columnar/combine-codes.js";
import { seeded } from "./random-table.js";

/** The plain way: one text key per row in a Map, numbered in order of first appearance. */
function naive(keys: Int32Array[], rows: number[]): { codes: number[]; first: number[] } {
  const seen = new Map<string, number>();
  const codes: number[] = [];
  const first: number[] = [];
  for (const row of rows) {
    const key = keys.map((k) => k[row]).join(",");
    let code = seen.get(key);
    if (code === undefined) {
      code = seen.size;
      seen.set(key, code);
      first.push(row);
    }
    codes.push(code);
  }
  return { codes, first };
}

describe("combineCodes, foldKeys and firstOccurrences", () => {
  const random = seeded(99);
  const column = (n: number, size: number): Int32Array =>
    Int32Array.from({ length: n }, () => Math.floor(random() * size));
  // direct table; hash table; keys past 2^53 folded in two passes
  it.each([
    [3000, [5, 7]],
    [3000, [900, 900]],
    [40_000, [70_000, 70_000, 70_000, 70_000]],
  ])("numbers %i rows of keys of sizes %j like a Map of text keys", (n, sizes) => {
    const keys = sizes.map((size) => column(n, size));
    const rows = Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.9);
    const want = naive(keys, rows);
    const specs = keys.map((codes, k) => ({ codes, size: sizes[k] as number }));
    const got = combineCodes(specs, rows, n);
    expect(Array.from(got.codes)).toEqual(want.codes);
    expect(Array.from(got.first)).toEqual(want.first);
    expect(got.size).toBe(want.first.length);
    expect(Array.from(firstOccurrences(foldKeys(specs, rows, n).keys, rows))).toEqual(want.first);
    expect(Array.from(firstOccurrences(foldKeys(specs, undefined, n).keys, undefined))).toEqual(
      naive(
        keys,
        Array.from({ length: n }, (_, i) => i),
      ).first,
    );
  });

  it("gives nothing for no rows and one group for no key", () => {
    expect(combineCodes([{ codes: new Int32Array(0), size: 0 }], undefined, 0).size).toBe(0);
    const one = combineCodes([], undefined, 4);
    expect([one.size, ...one.codes]).toEqual([1, 0, 0, 0, 0]);
  });
});
