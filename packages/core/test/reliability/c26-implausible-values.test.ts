import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #26: impossible or implausible values.
// `2023-02-30` is never read as a date (no roll-over to 2 March). A value written as a date that the
// calendar does not have quarantines its row (`clean.impossible_date`, line and column), in every
// field; a value that is not a date at all is emptied with `clean.invalid_date` in an optional field.
// A value outside its rule quarantines its row in every field, naming the column and the rule:
// volunteer hours over 24 or negative (`clean.out_of_range` with the range, `clean.negative_value`),
// an age of 150, a negative household size, a birth date in the future (`clean.future_date`).
describe("#26 impossible dates", () => {
  it("never reads 2023-02-30 as a date and names it with its line and column", async () => {
    const text = register([
      "Dupont;Marie;1990-05-12;01000",
      "Martin;Léa;2023-02-30;75001",
      "Durand;Zoé;1991-01-01;69001",
    ]);
    const { ingested, prepared } = await prepareChecked(text);
    expect((ingested.table.array("Date de naissance") as unknown[])[1]).toBe("2023-02-30");
    const set = ((prepared.cleaned?.quarantine.objects() ?? []) as { line: number; code: string; column: string }[])[0];
    expect(set).toMatchObject({ line: 3, code: "clean.impossible_date", column: "Date de naissance" });
    const cleanDates = JSON.stringify(prepared.cleaned?.clean.objects());
    expect(cleanDates).not.toContain("2023-03-02");
  });
});

describe("#26 implausible values", () => {
  it("quarantines volunteer hours over 24, naming the column and the range", async () => {
    const text = register(
      ["Dupont;Marie;12/03/2024;4", "Martin;Léa;13/03/2024;30", "Durand;Zoé;14/03/2024;-2"],
      "Nom;Prénom;Date;Heures",
    );
    const { prepared } = await prepareChecked(text, {}, "volunteers");
    const quarantine = prepared.cleaned?.quarantine.objects() as {
      line: number;
      code: string;
      column: string;
      message_en: string;
    }[];
    expect(quarantine.map((q) => [q.line, q.code, q.column])).toEqual([
      [3, "clean.out_of_range", "Heures"],
      [4, "clean.negative_value", "Heures"],
    ]);
    expect(quarantine[0]?.message_en).toContain("[0, 24]");
  });

  it("quarantines an age of 150, a negative household size and a birth date in the future, each named with its rule", async () => {
    const text = register(
      ["Dupont;Marie;12/03/1980;40;3", "Martin;Léa;13/03/1990;150;-1", "Durand;Zoé;14/03/2990;30;2"],
      "Nom;Prénom;Date de naissance;Âge;Taille du foyer",
    );
    const { prepared } = await prepareChecked(text, {}, "beneficiaries");
    const quarantine = prepared.cleaned?.quarantine.objects() as {
      line: number;
      code: string;
      column: string;
      other_codes: string;
      message_en: string;
    }[];
    const named = quarantine.map((q) => [q.line, q.code, q.column]);
    expect(named).toEqual([
      [3, "clean.out_of_range", "Âge"],
      [4, "clean.future_date", "Date de naissance"],
    ]);
    // the second rule of line 3 travels with it, and the message names the range
    expect(quarantine[0]?.other_codes).toContain("clean.out_of_range:Taille du foyer");
    expect(quarantine[0]?.message_en).toContain("[0, 120]");
    expect(prepared.cleaned?.clean.numRows()).toBe(1);
    expect(prepared.cleaned?.report.rowsQuarantined).toBe(2);
  });
});

describe("#26 impossible dates are quarantined", () => {
  it("sets aside a row whose optional birth date does not exist (2023-02-30, 31/04/1990), with clean.impossible_date", async () => {
    const text = register([
      "Dupont;Marie;1990-05-12;01000",
      "Martin;Léa;2023-02-30;75001",
      "Petit;Jean;31/04/1990;75002",
      "Durand;Zoé;1991-01-01;69001",
    ]);
    const { prepared } = await prepareChecked(text);
    const quarantine = prepared.cleaned?.quarantine.objects() as { line: number; code: string; column: string }[];
    expect(quarantine.map((q) => [q.line, q.code, q.column])).toEqual([
      [3, "clean.impossible_date", "Date de naissance"],
      [4, "clean.impossible_date", "Date de naissance"],
    ]);
    expect(prepared.cleaned?.clean.numRows()).toBe(2);
  });
});
