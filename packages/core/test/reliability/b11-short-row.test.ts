import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #11: a row with too few fields.
// Choice: the ingest reports the line with the counts ("7 fields instead of 9"); values are never
// shifted. A row that lacks a field the schema requires (here the date of a volunteer's activity) is quarantined
// (`clean.ragged_row`); a row that lacks only optional trailing cells is kept, its missing cells
// empty, with a `clean.short_row` warning naming them.
describe("#11 a row with too few fields", () => {
  it("quarantines the row, names its line and the counts, shifts nothing", async () => {
    const text = register(
      [
        "Dupont;Marie;m@ex.org;a;b;c;d;2;2024-03-01",
        "Martin;Léa;l@ex.org;f;g;h;i",
        "Durand;Zoé;z@ex.org;j;k;l;m;3;2024-03-02",
      ],
      "Nom;Prénom;Email;c4;c5;c6;c7;Heures;Date",
    );
    const { ingested, prepared } = await prepareChecked(text, {}, "volunteers");
    const issue = ingested.report.issues.find((i) => i.code === "ingest.ragged_row");
    expect(issue).toMatchObject({ line: 3, params: { found: 7, expected: 9 } });
    expect(ingested.table.array("c7")).toEqual(["d", "i", "m"]);
    expect(ingested.table.array("Date")).toEqual(
      ["2024-03-01", null, "2024-03-02"].map((d) => (d ? new Date(`${d}T00:00:00Z`) : null)),
    );
    const q = prepared.cleaned?.quarantine;
    expect(q?.numRows()).toBe(1);
    expect(q?.get("line", 0)).toBe(3);
    expect(`${q?.get("code", 0)} ${q?.get("other_codes", 0)}`).toContain("clean.ragged_row");
  });
});

describe("#11 a row that lacks only optional cells", () => {
  it("is kept with a warning naming the missing cells", async () => {
    const text = register(
      ["Dupont;Marie;1990-05-12;01000;a", "Martin;Léa;1991-01-01;75001"],
      "Nom;Prénom;Date de naissance;Code postal;Notes",
    );
    const { prepared } = await prepareChecked(text);
    expect(prepared.cleaned?.clean.numRows()).toBe(2);
    const warning = prepared.cleaned?.report.warnings.find((w) => w.code === "clean.short_row");
    expect(warning).toMatchObject({ line: 3, column: "Notes" });
  });
});
