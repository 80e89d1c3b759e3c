import { formatIssue, kAnonymity } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("kAnonymity", () => {
  it("reports the classes below k with their lines", () => {
    const t = table({
      _line: [2, 3, 4, 5, 6, 7],
      age_band: ["25-34", "25-34", "25-34", "75+", "25-34", null],
      gender: ["female", "female", "female", "male", "female", "male"],
    });
    const report = kAnonymity(t, { quasi: ["age_band", "gender"], k: 3 });
    expect(report).toMatchObject({ records: 6, classes: 3, smallestClass: 1, holds: false, recordsAtRisk: 2 });
    expect(report.rare).toEqual([
      { values: { age_band: "75+", gender: "male" }, size: 1, rows: [3], lines: [5] },
      { values: { age_band: null, gender: "male" }, size: 1, rows: [5], lines: [7] },
    ]);
    expect(formatIssue(report.issues[0] as never, "fr")).toBe(
      "ligne 5 : 1 enregistrement(s) partagent ces valeurs de age_band, gender, moins que k = 3 : ils sont reconnaissables",
    );
    expect(kAnonymity(t, { quasi: ["gender"], k: 2 }).holds).toBe(true);
  });

  it("rejects k below 2, no quasi-identifier and unknown columns", () => {
    const t = table({ a: [1] });
    expect(() => kAnonymity(t, { quasi: ["a"], k: 1 })).toThrow(/k must be an integer of at least 2/);
    expect(() => kAnonymity(t, { quasi: [] })).toThrow(/quasi needs at least one column/);
    expect(() => kAnonymity(t, { quasi: ["b"] })).toThrow(/no column b/);
  });
});
