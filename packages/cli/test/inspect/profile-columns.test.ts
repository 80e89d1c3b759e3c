import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { profileColumns } from "../../src/inspect/profile-columns.js";

/**
 * 60 rows built so that every count is known: member numbers A001..A050 then A001..A010 again
 * (10 repeated ids, 20 cells), a first name column, "Site" with 40 × "Lyon", 12 × "Nice", 8 singletons
 * (one with spaces), a constant "Pays", 3 mojibake communes, a "Quantité" column with 57 numbers and
 * 3 words, a mostly empty "Notes" column, 60 distinct free-text comments.
 */
function sample(): string {
  const lines = ["N° adhérent;Prénom;Site;Pays;Commune;Quantité;Notes;Commentaire"];
  for (let i = 0; i < 60; i++) {
    const id = `A${String((i < 50 ? i : i - 50) + 1).padStart(3, "0")}`;
    const site = i < 40 ? "Lyon" : i < 52 ? "Nice" : i === 52 ? " Gap " : `Ville${i}`;
    const commune = i < 3 ? "Saint-Ã‰tienne" : "Lyon";
    const quantity = i < 57 ? String(i + 1) : "beaucoup";
    const notes = i < 5 ? "vu" : "";
    lines.push([id, `Prénom${i}`, site, "France", commune, quantity, notes, `commentaire numéro ${i}`].join(";"));
  }
  return lines.join("\n");
}

describe("profileColumns", () => {
  const { table, report } = fromCSV(sample());
  const profiles = profileColumns(table, report, 10);
  const of = (name: string) => profiles.find((p) => p.column.name === name);

  it("lists no value of a personal column and no value under k cells", () => {
    expect(of("N° adhérent")).toMatchObject({ personal: true, top: [] });
    expect(of("Prénom")).toMatchObject({ personal: true, top: [] });
    // Lyon 40, Nice 12; the 8 other values have one cell each: not shown
    expect(of("Site")?.top).toEqual([
      { value: "Lyon", count: 40 },
      { value: "Nice", count: 12 },
    ]);
    expect(of("Site")?.otherValues).toBe(8);
  });

  it("raises each alert with the number of cells concerned", () => {
    const alerts = (name: string) => Object.fromEntries((of(name)?.alerts ?? []).map((a) => [a.code, a.count]));
    expect(alerts("N° adhérent")).toEqual({ duplicated_ids: 20 });
    expect(alerts("Site")).toEqual({ spaces: 1 });
    expect(alerts("Pays")).toEqual({ constant: 60 });
    expect(alerts("Commune")).toEqual({ mojibake: 3 });
    expect(alerts("Notes")).toMatchObject({ mostly_missing: 55 });
    expect(alerts("Commentaire")).toEqual({ high_cardinality: 60 });
    expect(alerts("Quantité").mixed_formats).toBe(3);
  });

  it("gives a numeric column its numbers and a date column its months", () => {
    const dated = fromCSV("Date;Heures\n05/01/2024;2\n06/01/2024;3,5\n01/02/2024;1\n");
    const [date, hours] = profileColumns(dated.table, dated.report, 10);
    expect(date?.months).toEqual([
      { month: "2024-01", count: 2 },
      { month: "2024-02", count: 1 },
    ]);
    expect(hours?.numbers).toEqual([2, 3.5, 1]);
  });
});
