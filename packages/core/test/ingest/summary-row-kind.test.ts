import { describe, expect, it } from "vitest";
import { summaryRowKind } from "../../src/ingest/summary-row-kind.js";

describe("summaryRowKind", () => {
  it("tells total rows: a total word, then numbers only", () => {
    // the total row of INSEE FET2021 figure 1, as the workbook holds it
    expect(summaryRowKind(["Ensemble", "305", "66524339", "27890749", "9", "100", "100", "43.7"])).toBe("total");
    expect(summaryRowKind(["", "Total général", "1 200,50", "s"])).toBe("total");
    expect(summaryRowKind(["TOTAL 2019", "12"])).toBe("total");
    expect(summaryRowKind(["Sous-total Nord", "4", ""])).toBe("total");
  });

  it("leaves data rows that only look like totals", () => {
    expect(summaryRowKind(["Ensemble vocal", "300"])).toBeUndefined();
    expect(summaryRowKind(["Total", "Dupont", "3"])).toBeUndefined();
    expect(summaryRowKind(["Total"])).toBeUndefined();
    expect(summaryRowKind(["Total", "", ""])).toBeUndefined();
  });

  it("tells notes: one cell opening with a note word, a call mark, or a long sentence first", () => {
    // FET2021 writes a no-break space before the colon
    expect(summaryRowKind(["Champ\u00a0: France hors Mayotte.", "", ""])).toBe("note");
    expect(summaryRowKind(["Source : Insee.", ""])).toBe("note");
    expect(summaryRowKind(["", "(1) hors Mayotte", ""])).toBe("note");
    expect(summaryRowKind(["* données provisoires", ""])).toBe("note");
    expect(
      summaryRowKind(["Les chiffres de cette page sont arrondis au millier le plus proche pour chaque zone.", ""]),
    ).toBe("note");
    // a note typed without the delimiters of its table is one field
    expect(summaryRowKind(["Source : registre interne 2025"])).toBe("note");
    expect(summaryRowKind(["Sourcier"])).toBeUndefined();
    expect(summaryRowKind(["Sourcier", ""])).toBeUndefined();
    expect(summaryRowKind(["Dupont", "Jean"])).toBeUndefined();
  });
});
