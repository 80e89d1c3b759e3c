import { type FieldSpec, profileColumn, schemaFields, valueFit } from "@solidata/core";
import { describe, expect, it } from "vitest";

const spec = (schema: keyof typeof schemaFields, name: string): FieldSpec => {
  const found = schemaFields[schema].find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};
const now = new Date("2026-01-01T00:00:00Z");

describe("valueFit", () => {
  it("never takes a yes/no column or a two-valued column as an identifier", () => {
    expect(valueFit(profileColumn(["oui", "non", "oui", "oui"]), spec("volunteers", "person_id"))).toEqual({
      fit: 0,
      evidence: "map.values_yes_no",
    });
    expect(valueFit(profileColumn(["A1", "B2", "A1", "B2"]), spec("volunteers", "person_id")).fit).toBe(0);
    expect(valueFit(profileColumn(["B0001", "B0002", "B0003"]), spec("volunteers", "person_id")).fit).toBe(1);
  });
  it("fits a date to the field its values fit: birth dates to birth_date, recent ones to the activity", () => {
    const births = profileColumn(["12/05/1980", "01/01/1971", "03/04/1955"], now);
    const recent = profileColumn(["12/05/2025", "01/01/2025", "03/04/2024"], now);
    expect(valueFit(births, spec("volunteers", "birth_date")).fit).toBe(1);
    expect(valueFit(births, spec("volunteers", "activity_date")).fit).toBe(0.2);
    expect(valueFit(recent, spec("volunteers", "activity_date")).fit).toBe(1);
    expect(valueFit(recent, spec("volunteers", "birth_date")).fit).toBe(0);
  });
  it("fits durations and postcodes, and refuses organisation names as person names", () => {
    // three durations with a unit (0.75) and a bare number counted at 0.9 (0.25 × 0.9): 0.975
    expect(valueFit(profileColumn(["2h30", "1 h 45", "45 min", "1,5"]), spec("volunteers", "hours"))).toEqual({
      fit: 0.98,
      evidence: "map.values_durations",
    });
    expect(valueFit(profileColumn(["75012", "69008", "1000"]), spec("sites", "postcode")).fit).toBe(0.97);
    const centres = profileColumn(["Centre social Les Tilleuls", "Restos du Cœur Liège", "Maison des familles"]);
    expect(valueFit(centres, spec("volunteers", "last_name")).evidence).toBe("map.values_organisations");
    expect(valueFit(centres, spec("volunteers", "last_name")).fit).toBe(0);
  });
  it("says nothing on fewer than three values", () => {
    expect(valueFit(profileColumn(["oui"]), spec("volunteers", "person_id")).fit).toBeNull();
  });
});
