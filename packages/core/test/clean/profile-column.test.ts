import { profileColumn } from "@solidata/core";
import { describe, expect, it } from "vitest";

const now = new Date("2026-01-01T00:00:00Z");

describe("profileColumn", () => {
  it("recognises yes/no, codes, postcodes, durations, e-mails and phones", () => {
    expect(profileColumn(["oui", "non", "Oui", ""]).boolean).toBe(1);
    expect(profileColumn(["B0001", "B0002", "000123"]).code).toBe(1);
    const cp = profileColumn(["75012", "1000", "69008", 4011]);
    expect(cp.digits5).toBe(0.5);
    expect(cp.digits4).toBe(0.5);
    expect(profileColumn(["2h30", "1 h 45", "45 min", "1:30"]).durationUnit).toBe(1);
    expect(profileColumn(["a@b.fr", "c@d.org", "nope"]).email).toBe(0.667);
    expect(profileColumn(["06 12 34 56 78", "+33612345678", "0601234567, 071234567", "22930008201453"]).phone).toBe(
      0.75,
    );
  });
  it("tells birth dates from activity dates, and person names from organisations", () => {
    const births = profileColumn(["12/05/1980", "01/01/2001", "03/04/1955", "05/06/2020"], now);
    expect(births.date).toBe(1);
    expect(births.birthLike).toBe(0.75);
    expect(profileColumn(["Dupont", "Marie Martin", "Le Goff"]).personName).toBe(1);
    const centres = profileColumn(["Centre social Les Tilleuls", "Restos du Cœur Liège", "Maison des familles"]);
    expect(centres.organisation).toBe(1);
    expect(centres.personName).toBe(0);
  });
  it("returns zero shares for an empty column", () => {
    expect(profileColumn([null, "", undefined])).toMatchObject({ values: 0, distinct: 0, boolean: 0 });
  });
});
