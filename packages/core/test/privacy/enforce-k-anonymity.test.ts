import { enforceKAnonymity, kAnonymity } from "@solidata/core";
import { table } from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function people() {
  // 12 records: two classes of 5 on (age, gender, postcode) after banding, plus two unique records
  const age = [31, 33, 30, 28, 26, 52, 50, 47, 46, 53, 91, 19];
  const gender = [
    "female",
    "female",
    "female",
    "female",
    "female",
    "male",
    "male",
    "male",
    "male",
    "male",
    "male",
    "other",
  ];
  const postcode = [
    "69003",
    "69003",
    "69007",
    "69008",
    "69003",
    "38200",
    "38200",
    "38200",
    "38217",
    "38200",
    "69003",
    "01000",
  ];
  return table({ _line: age.map((_, i) => i + 2), age, gender, postcode });
}

describe("enforceKAnonymity", () => {
  it("generalises whole columns first, logs each step, then removes what stays unique", () => {
    const out = enforceKAnonymity(people(), { quasi: ["age", "gender", "postcode"], k: 5, strategy: "generalise" });
    expect(out.before.holds).toBe(false);
    expect(out.after.holds).toBe(true);
    expect(out.changes.filter((c) => c.kind === "generalise")).toEqual([
      { kind: "generalise", column: "age", level: "age-band", changed: 12 },
      { kind: "generalise", column: "postcode", level: "departement", changed: 12 },
      { kind: "generalise", column: "age", level: "broad-age-band", changed: 12 },
    ]);
    // every record is kept or returned in `removed`: nothing lost
    expect(out.table.numRows() + out.removed.numRows()).toBe(12);
    expect((out.removed.objects() as Record<string, unknown>[]).map((r) => r._line)).toEqual(
      out.changes.filter((c) => c.kind === "remove-record").map((c) => c.line),
    );
    expect(out.issues.length).toBe(out.changes.length);
  });

  it("with local suppression blanks only values of rare records", () => {
    const out = enforceKAnonymity(people(), { quasi: ["gender", "postcode"], k: 3 });
    expect(out.after.holds).toBe(true);
    const cells = out.changes.filter((c) => c.kind === "suppress-cell");
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(out.before.rare.some((r) => r.rows.includes(c.row))).toBe(true);
    // the common records are unchanged
    expect((out.table.objects() as Record<string, unknown>[]).filter((r) => r.postcode === "38200").length).toBe(4);
  });

  it("always ends k-anonymous and loses no record (random tables)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            age: fc.integer({ min: 0, max: 99 }),
            gender: fc.constantFrom("female", "male", "other", null),
            postcode: fc.constantFrom("69003", "69007", "38200", "01000", "20000", "97110"),
          }),
          { minLength: 0, maxLength: 60 },
        ),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom("suppress" as const, "generalise" as const),
        (rows, k, strategy) => {
          const t = table({
            age: rows.map((r) => r.age),
            gender: rows.map((r) => r.gender),
            postcode: rows.map((r) => r.postcode),
          });
          const out = enforceKAnonymity(t, { quasi: ["age", "gender", "postcode"], k, strategy });
          expect(kAnonymity(out.table, { quasi: ["age", "gender", "postcode"], k }).holds).toBe(true);
          expect(out.table.numRows() + out.removed.numRows()).toBe(rows.length);
        },
      ),
      { numRuns: 200, seed: 4 },
    );
  });
});
