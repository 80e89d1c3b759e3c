import { readFileSync } from "node:fs";
import { foldIdentifierCase, fromCSV, normalizeText } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { readTruth, samples } from "./truth.js";

describe("foldIdentifierCase", () => {
  it("writes identifiers in the case most of the column uses", () => {
    // 9 of 10 identifiers with letters in capitals: the tenth follows
    const ids = ["B00092", "b00092", "B00093", "B00094", "B00095", "B00096", "B00097", "B00098", "B00099", "B00100"];
    const out = foldIdentifierCase(ids);
    expect(out).toEqual({ values: ids.map((id) => id.toUpperCase()), idCase: "upper", cells: 1 });
    // 8 of 10 is no convention
    expect(foldIdentifierCase([...ids.slice(0, 9), "b00100"]).idCase).toBeNull();
    expect(
      foldIdentifierCase(["ab-1", "AB-2", "cd-3", "ef-4", "gh-5", "ij-6", "kl-7", "mn-8", "op-9", "qr-10"]),
    ).toEqual({
      values: ["ab-1", "ab-2", "cd-3", "ef-4", "gh-5", "ij-6", "kl-7", "mn-8", "op-9", "qr-10"],
      idCase: "lower",
      cells: 1,
    });
  });

  it("leaves alone columns whose case may mean something, digits and non-text cells", () => {
    // tokens in mixed case: no convention, nothing folded
    expect(foldIdentifierCase(["aB3xZ", "Qr7Tt", "AB3XZ"]).idCase).toBeNull();
    expect(foldIdentifierCase(["000065", "65", null, 12]).values).toEqual(["000065", "65", null, 12]);
    expect(foldIdentifierCase(["000065", "65"]).idCase).toBeNull();
  });

  it("applies the case a recipe gives, or none", () => {
    expect(foldIdentifierCase(["b1", "b2"], "upper").values).toEqual(["B1", "B2"]);
    expect(foldIdentifierCase(["b1", "B2"], null)).toEqual({ values: ["b1", "B2"], idCase: null, cells: 0 });
  });

  for (const [lang, file] of [
    ["fr", "passages"],
    ["en", "visits"],
  ] as const) {
    it(`${lang}/${file}.csv: every identifier folded equals the true one of its line`, () => {
      const { table } = fromCSV(readFileSync(new URL(`${lang}/${file}.csv`, samples)));
      const column = table.columnNames()[0] as string;
      const raw = (table.array(column) as unknown[]).map((v) => normalizeText(v));
      const lines = table.array("_line") as number[];
      const truth = new Map(readTruth(`${lang}/truth/visits.csv`).map((t) => [Number(t.line), t.person_id]));
      const wrongBefore = raw.filter((v, i) => v !== truth.get(lines[i] as number)).length;
      const folded = foldIdentifierCase(raw);
      expect(folded.idCase).toBe("upper");
      expect(wrongBefore).toBeGreaterThan(20);
      expect(folded.cells).toBe(wrongBefore);
      folded.values.forEach((v, i) => {
        expect(v, `line ${lines[i]}`).toBe(truth.get(lines[i] as number));
      });
    });
  }
});
