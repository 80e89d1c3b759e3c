import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../src/ingest/csv-tokenizer.js";
import { IngestError } from "../../src/ingest/ingest-error.js";

/** Tokenizes `text` fed in chunks of `size` characters; returns records with their line. */
function tokenize(text: string, size: number, delimiter = ","): [number, string[]][] {
  const out: [number, string[]][] = [];
  const tokenizer = new CsvTokenizer(delimiter, '"', (fields, line) => out.push([line, fields]), 1 << 24);
  for (let i = 0; i < text.length; i += size) tokenizer.push(text.slice(i, i + size));
  tokenizer.end();
  return out;
}

describe("CsvTokenizer", () => {
  it("reads identical records at every chunk size, a quoted field crossing each boundary", () => {
    const record = '12;"Accueil; orientation ""urgent""\r\nsuite";3,5\r\n';
    const text = `id;mission;heures\r\n${record.repeat(40)}`;
    const expected = tokenize(text, text.length, ";");
    expect(expected).toHaveLength(41);
    expect(expected[1]).toEqual([2, ["12", 'Accueil; orientation "urgent"\r\nsuite', "3,5"]]);
    expect(expected[2]?.[0]).toBe(4);
    for (let size = 1; size <= record.length + 2; size++) expect(tokenize(text, size, ";")).toEqual(expected);
    for (const size of [64, 1000, 65_536]) expect(tokenize(text, size, ";")).toEqual(expected);
  });

  it("ends records on LF, CRLF and bare CR, and counts each ending", () => {
    const out: string[][] = [];
    const tokenizer = new CsvTokenizer(",", '"', (f) => out.push(f), 1000);
    tokenizer.push("a,b\r");
    tokenizer.push("\n1,2\r3,4\n5,6");
    tokenizer.end();
    expect(out).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
    expect(tokenizer.endings).toEqual({ lf: 1, crlf: 1, cr: 1 });
  });

  it("keeps a last empty field after a final delimiter", () => {
    expect(tokenize("a,b\n1,\n", 3)).toEqual([
      [1, ["a", "b"]],
      [2, ["1", ""]],
    ]);
  });

  it("keeps text after a closing quote, and that quote, and counts it", () => {
    const out: string[][] = [];
    const tokenizer = new CsvTokenizer(",", '"', (f) => out.push(f), 1000);
    tokenizer.push('"ab"c,d\n');
    tokenizer.end();
    expect(out).toEqual([['ab"c', "d"]]);
    expect(tokenizer.strayQuotes).toEqual([1]);
  });

  it("throws on an unterminated quote with the line and column where it opened", () => {
    const tokenizer = new CsvTokenizer(",", '"', () => {}, 1000);
    tokenizer.push('a,b\n1,2\n3,"open\nmore\n');
    expect(() => tokenizer.end()).toThrow(IngestError);
    try {
      tokenizer.end();
    } catch (error) {
      expect((error as IngestError).issue).toMatchObject({ code: "ingest.unterminated_quote", line: 3, column: "2" });
    }
  });

  it("throws when a field grows past the limit", () => {
    const tokenizer = new CsvTokenizer(",", '"', () => {}, 10);
    expect(() => tokenizer.push('a,"01234567890123')).toThrow(/ingest.field_too_long/);
  });

  it("round-trips any table written with RFC 4180 quoting, at any chunk size", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\n", "\r\n", " ", "1") });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (rows, size) => {
          const text = rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\n");
          expect(tokenize(text, size).map(([, f]) => f)).toEqual(rows);
        },
      ),
    );
  });
});
