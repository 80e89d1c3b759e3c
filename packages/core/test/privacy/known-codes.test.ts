import { countDistinct, seededRandom } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { CodedColumn } from "../../src/columnar/coded-column.js";
import { countDistinctCoded } from "../../src/privacy/count-distinct.js";
import { memberCodesOf, memberCodesOfDictionary } from "../../src/privacy/known-codes.js";

// countDistinctCoded takes the columns' codes from whoever made them (the signals, for each breakdown)
// instead of a table of values: the counts must be those of countDistinct on the same columns

/** Months, categories and people of a seeded log, with the codes their maker knows. */
function coded(seed: number, rows: number) {
  const r = seededRandom(seed);
  const window = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];
  const categories = ["Lyon", "Vienne", "Givors", "Saint-Fons"];
  const people = Array.from({ length: 60 }, (_, i) => `P${i}`);
  const monthCodes = new Int32Array(rows);
  const categoryCodes = new Int32Array(rows);
  const month: string[] = [];
  const site: string[] = [];
  const person: (string | null | undefined)[] = [];
  for (let i = 0; i < rows; i++) {
    monthCodes[i] = Math.floor(r() * window.length);
    categoryCodes[i] = Math.floor(r() * categories.length);
    month.push(window[monthCodes[i] as number] as string);
    site.push(categories[categoryCodes[i] as number] as string);
    const who = people[Math.floor(r() * people.length)] as string;
    const x = r();
    // blanks, missing and padded identifiers: a padded one is the same person
    person.push(x < 0.04 ? null : x < 0.06 ? " " : x < 0.08 ? undefined : x < 0.15 ? `  ${who} ` : who);
  }
  return { window, categories, monthCodes, categoryCodes, month, site, person };
}

describe("countDistinctCoded, countDistinct on codes", () => {
  for (const [seed, rows] of [
    [1, 500],
    [2, 3_000],
    [3, 12],
  ] as const) {
    it(`gives the counts of countDistinct on the same columns (seed ${seed}, ${rows} rows, with and without totals)`, () => {
      const log = coded(seed, rows);
      const plain = table({ month: log.month, site: log.site, person_id: log.person });
      const keys = [
        { codes: log.monthCodes, first: log.window },
        { codes: log.categoryCodes, first: log.categories },
      ];
      for (const totals of [false, true]) {
        const options = { by: ["month", "site"], person: "person_id", name: "t", k: 5, totals };
        const a = countDistinct(plain, options);
        const b = countDistinctCoded(rows, keys, memberCodesOf(log.person, rows), options);
        expect(b.table.objects()).toEqual(a.table.objects());
        expect(b.missingPerson).toBe(a.missingPerson);
        expect(b.suppressed).toEqual(a.suppressed);
        expect(a.missingPerson).toBe(log.person.filter((p) => p == null || p.trim() === "").length);
        // rows counted, not people, without members
        const c = countDistinctCoded(rows, keys, null, { by: ["month", "site"], name: "t", k: 5, totals });
        const d = countDistinct(plain, { by: ["month", "site"], name: "t", k: 5, totals });
        expect(c.table.objects()).toEqual(d.table.objects());
      }
      // and they are counts of people: the whole is the number of distinct trimmed identifiers
      const people = new Set(log.person.filter((p) => typeof p === "string" && p.trim() !== "").map((p) => p?.trim()));
      const whole = countDistinctCoded(rows, [], memberCodesOf(log.person, rows), { by: [], name: "t", k: 5 });
      expect(whole.table.get("n", 0)).toBe(people.size);
    });
  }

  it("refuses codes that do not cover the rows", () => {
    const log = coded(4, 200);
    const short = [{ codes: log.categoryCodes.subarray(0, 100), first: log.categories }];
    expect(() => countDistinctCoded(200, short, null, { by: ["site"], name: "t", k: 5 })).toThrow(
      expect.objectContaining({ code: "privacy.bad_option" }),
    );
    const keys = [{ codes: log.categoryCodes, first: log.categories }];
    expect(() => countDistinctCoded(200, keys, null, { by: ["site"], as: "site", name: "t", k: 5 })).toThrow(
      expect.objectContaining({ code: "privacy.bad_option" }),
    );
  });

  it("codes a column written from a dictionary as it would the rows themselves, each value looked at once", () => {
    const r = seededRandom(7);
    // padded, blank, missing, numeric, no-break-spaced and repeated identifiers
    const values = [null, "A", " A ", "", "B", undefined, "b", 7, "7", "C\u00a0", "  ", "D"];
    for (const rows of [0, 1, 50, 2_000]) {
      const indexes = Int32Array.from({ length: rows }, () => Math.floor(r() * values.length));
      const column = Array.from(indexes, (d) => values[d]);
      const expected = memberCodesOf([...column], rows);
      const got = memberCodesOfDictionary(indexes, values);
      expect(Array.from(got.codes)).toEqual(Array.from(expected.codes));
      expect(got.members).toEqual(expected.members);
      expect({ missing: got.missing, allText: got.allText, wide: got.wideSpaceTrimmed }).toEqual({
        missing: expected.missing,
        allText: expected.allText,
        wide: expected.wideSpaceTrimmed,
      });
      // a column held as these codes: memberCodesOf answers the same, computed once for it
      const coded = new CodedColumn(indexes, values);
      const fromCodes = memberCodesOf(coded, rows);
      expect(fromCodes).toEqual(got);
      expect(memberCodesOf(coded, rows)).toBe(fromCodes);
    }
  });

  it("tells a column's people apart once, and says whether every identifier is a text", () => {
    const ids = ["A", " A ", "", null, "B", undefined, "b"];
    const first = memberCodesOf(ids, ids.length);
    expect(memberCodesOf(ids, ids.length)).toBe(first);
    expect(Array.from(first.codes)).toEqual([0, 0, -1, -1, 1, -1, 2]);
    expect(first.members).toEqual(["A", "B", "b"]);
    expect(first.missing).toBe(3);
    expect(first.allText).toBe(true);
    // a number stays a number (1 and "1" are two people to countDistinct): not all text
    const mixed = memberCodesOf([1, "1", " 1"], 3);
    expect(Array.from(mixed.codes)).toEqual([0, 1, 1]);
    expect(mixed.allText).toBe(false);
    // " B " loses ASCII spaces; "B\u00a0" a no-break space at an end that begins and ends visibly
    expect(memberCodesOf([" B ", "B"], 2).wideSpaceTrimmed).toBe(false);
    expect(memberCodesOf(["B\u00a0", "B"], 2).wideSpaceTrimmed).toBe(true);
  });
});
