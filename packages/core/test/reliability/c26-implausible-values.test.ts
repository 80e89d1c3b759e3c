import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #26: impossible or implausible values.
// Behaviour today: `2023-02-30` is never read as a date (no roll-over to 2 March); the cleaning
// reports it (`clean.invalid_date`, line and column) and leaves the cell empty, the row stays.
// A value outside its rule in a field that matters (volunteer hours over 24, an activity date in
// the future) quarantines its row, naming the column and the rule (`clean.out_of_range` with the
// range, `clean.future_date`). In a descriptive field (age 150, a negative household size, a birth
// date in the future) the value is emptied with a warning naming the column and the rule; the row
// stays. Not done: those descriptive fields are not quarantined as the catalogue asks.
describe("#26 impossible dates", () => {
  it("never reads 2023-02-30 as a date and reports it with its line and column", async () => {
    const text = register([
      "Dupont;Marie;1990-05-12;01000",
      "Martin;Léa;2023-02-30;75001",
      "Durand;Zoé;1991-01-01;69001",
    ]);
    const { ingested, prepared } = await prepareChecked(text);
    expect((ingested.table.array("Date de naissance") as unknown[])[1]).toBe("2023-02-30");
    const warning = prepared.cleaned?.report.warnings.find((w) => w.code === "clean.invalid_date");
    expect(warning).toMatchObject({ line: 3, column: "Date de naissance", value: "2023-02-30" });
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

  it("empties an age of 150, a negative household size and a birth date in the future, each named", async () => {
    const text = register(
      ["Dupont;Marie;12/03/1980;40;3", "Martin;Léa;13/03/1990;150;-1", "Durand;Zoé;14/03/2990;30;2"],
      "Nom;Prénom;Date de naissance;Âge;Taille du foyer",
    );
    const { prepared } = await prepareChecked(text, {}, "beneficiaries");
    const warnings = (prepared.cleaned?.report.warnings ?? [])
      .filter((w) => ["clean.out_of_range", "clean.negative_value", "clean.future_date"].includes(w.code))
      .map((w) => [w.line, w.code, w.column, w.expected ?? ""]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        [3, "clean.out_of_range", "Âge", "[0, 120]"],
        [3, "clean.out_of_range", "Taille du foyer", "[1, 30]"],
        [4, "clean.future_date", "Date de naissance", ""],
      ]),
    );
    expect(prepared.cleaned?.clean.numRows()).toBe(3);
  });
});
