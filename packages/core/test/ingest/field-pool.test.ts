import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyText, FieldPool, fieldHash } from "../../src/ingest/field-pool.js";
import { fromCSV } from "../../src/ingest/from-csv.js";

/** Ids the pool gives to `fields`, each looked up inside one joined chunk as the tokenizer does. */
function poolIds(fields: string[], cap: number): { ids: number[]; pool: FieldPool } {
  const chunk = fields.join(";");
  const pool = new FieldPool(cap);
  const ids: number[] = [];
  let start = 0;
  for (const f of fields) {
    const end = start + f.length;
    ids.push(pool.find(chunk, start, end, fieldHash(chunk, start, end)));
    start = end + 1;
  }
  return { ids, pool };
}

describe("FieldPool", () => {
  it("gives equal texts one id, in the order first met, as a Map of the texts would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("", "a", "Nice", "06 22 69 47 26", "é", "francoise.santoni@orange.fr", "x\u{1F600}"), {
          maxLength: 300,
        }),
        (fields) => {
          const truth = new Map<string, number>();
          const expected = fields.map((f) => {
            if (!truth.has(f)) truth.set(f, truth.size);
            return truth.get(f) as number;
          });
          const { ids, pool } = poolIds(fields, 1 << 20);
          expect(ids).toEqual(expected);
          expect(pool.texts).toEqual([...truth.keys()]);
        },
      ),
    );
  });

  it("keeps every distinct text of many, past several growths of its table", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 20 }).filter((s) => !s.includes(";")),
          { minLength: 2000, maxLength: 5000 },
        ),
        (fields) => {
          const { ids, pool } = poolIds(fields, 1 << 20);
          expect(ids.map((id) => pool.texts[id])).toEqual(fields);
          expect(pool.size).toBe(new Set(fields).size);
        },
      ),
      { numRuns: 10 },
    );
  });

  it("gives no id to a new text once full, and still finds the texts it holds", () => {
    const { ids, pool } = poolIds(["a", "b", "c", "a", "d", "b"], 2);
    expect(ids).toEqual([0, 1, -1, 0, -1, 1]);
    expect(pool.texts).toEqual(["a", "b"]);
  });

  it("hashes a field the same wherever it lies in its chunk", () => {
    expect(fieldHash("x;Nice;y", 2, 6)).toBe(fieldHash("Nice", 0, 4));
    expect(fieldHash("Nice", 0, 4)).not.toBe(fieldHash("Nica", 0, 4));
  });

  it("copies a text exactly, lone surrogates included", () => {
    for (const s of ["", "abc", "\ud800x", 'quote " and \\ backslash', "\u{1F600}"]) expect(copyText(s)).toBe(s);
  });
});

describe("pooled columns in the ingest", () => {
  it("give the cells, missing counts and null markers a plain split of the text gives, past the sample", () => {
    // 3,000 rows after a 20-row sample: the columns are pooled for all but the first rows
    const names = ["Nice", "N/A", "", "Marseille", "-", "Saint-Laurent-du-Var", "NA"];
    const hours = ["2,5", "N/A", "", "3", "-", "?", "1,5"];
    const rows: string[][] = [];
    for (let i = 0; i < 3000; i++)
      rows.push([names[i % names.length] as string, hours[(i * 3) % hours.length] as string]);
    const text = `ville;heures\n${rows.map((r) => r.join(";")).join("\n")}\n`;
    const { table, report } = fromCSV(text, { sampleRows: 20 });
    // truth from the text alone: in a text column only the blank and "-", ".", "?", "N/A" are missing
    const textMissing = new Set(["", "-", ".", "?", "N/A"]);
    const numberMissing = new Set(["", "-", ".", "?", "N/A", "NA"]);
    expect(table.array("ville")).toEqual(rows.map((r) => (textMissing.has(r[0] as string) ? null : r[0])));
    expect(table.array("heures")).toEqual(
      rows.map((r) => (numberMissing.has(r[1] as string) ? null : Number((r[1] as string).replace(",", ".")))),
    );
    const count = (column: number, marker: string): number => rows.filter((r) => r[column] === marker).length;
    const ville = report.columns.find((c) => c.name === "ville");
    const heures = report.columns.find((c) => c.name === "heures");
    expect(ville?.nullMarkers).toEqual({ "N/A": count(0, "N/A"), "-": count(0, "-") });
    expect(heures?.nullMarkers).toEqual({ "N/A": count(1, "N/A"), "-": count(1, "-"), "?": count(1, "?") });
    expect(ville?.missing).toBe(rows.filter((r) => textMissing.has(r[0] as string)).length);
    expect(heures?.missing).toBe(rows.filter((r) => numberMissing.has(r[1] as string)).length);
  });
});
