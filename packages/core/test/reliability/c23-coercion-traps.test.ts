import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #23: JS coercion traps in a numeric column.
// Decimal grammar (documented): optional sign, digits, one decimal separator, thousands groups,
// an optional exponent as spreadsheets write it (1e5, 1,5E-3); no hex, no Infinity/NaN words.
// A value outside it stays as text and is reported.
describe("#23 coercion traps in a numeric column", () => {
  const text = "Nom;Heures\na;1\nb;2\nc;\nd; 12 \ne;0x1A\nf;1e5\ng;Infinity\nh;NaN\ni;-0\nj;12.\n";
  const { table, report } = fromCSV(text, { sampleRows: 2, decimal: "." });
  const values = table.array("Heures") as unknown[];

  it("reads the blank as missing, never 0", () => {
    expect(values[2]).toBeNull();
    expect(report.columns[1]?.missing).toBe(1);
  });

  it("reads ' 12 ' as 12 and never 0x1A as 26", () => {
    expect(values[3]).toBe(12);
    expect(values[4]).toBe("0x1A");
    expect(values).not.toContain(26);
  });

  it("reads 1e5 by the grammar, keeps Infinity and NaN as text (reported), normalises -0", () => {
    expect(values[5]).toBe(100000);
    expect(values[6]).toBe("Infinity");
    expect(values[7]).toBe("NaN");
    expect(Object.is(values[8], -0)).toBe(false);
    expect(values[8]).toBe(0);
    const unparsed = report.issues.filter((i) => i.code === "ingest.value_not_parsed").map((i) => i.value);
    expect(unparsed).toEqual(expect.arrayContaining(["0x1A", "Infinity", "NaN"]));
    expect(values[9] === 12 || unparsed.includes("12.")).toBe(true);
  });
});
