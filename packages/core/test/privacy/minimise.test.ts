import { minimise } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

const people = () =>
  table({
    _line: [2, 3],
    person_id: ["5c1f0a7e93b2d4c8", "a0b1c2d3e4f50617"],
    first_name: ["Zoé", "Karim"],
    last_name: ["Dupont", "Benali"],
    email: ["zoe.dupont@example.org", "k.benali@example.fr"],
    phone: ["06 12 34 56 78", "+33 7 98 76 54 32"],
    birth_date: [new Date(Date.UTC(1988, 4, 17)), null],
    age: [37, 80],
    gender: ["female", "male"],
    postcode: ["69003", "20090"],
    commune: ["Lyon", "Ajaccio"],
    contact: ["zoe@example.org", "karim@example.org"],
    household_size: [3, 1],
  });

describe("minimise", () => {
  it("drops direct identifiers, also an e-mail column under another name, and coarsens the rest", () => {
    const out = minimise(people());
    expect(out.table.objects()).toEqual([
      {
        _line: 2,
        person_id: "5c1f0a7e93b2d4c8",
        birth_year: 1988,
        age_band: "35-44",
        gender: "female",
        departement: "69",
        household_size: 3,
      },
      {
        _line: 3,
        person_id: "a0b1c2d3e4f50617",
        birth_year: null,
        age_band: "75+",
        gender: "male",
        departement: "2A",
        household_size: 1,
      },
    ]);
    expect(out.dropped).toEqual(["first_name", "last_name", "email", "phone", "contact"]);
    expect(out.generalised).toEqual([
      { column: "birth_date", to: "birth_year" },
      { column: "age", to: "age_band" },
      { column: "postcode", to: "departement" },
      { column: "commune", to: "departement" },
    ]);
  });

  it("keeps the place at commune level for internal outputs and keeps what is asked by name", () => {
    const out = minimise(people(), { profile: "internal", keep: ["first_name"] });
    expect(out.table.columnNames()).toEqual([
      "_line",
      "person_id",
      "first_name",
      "birth_year",
      "age_band",
      "gender",
      "postcode",
      "commune",
      "household_size",
    ]);
  });
});
