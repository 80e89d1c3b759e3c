import { suggestQuasiIdentifiers } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("suggestQuasiIdentifiers", () => {
  it("finds age, birth date, gender, postcode, commune, dates and nationality in French headers", () => {
    // the headers of datasets/samples/fr/benevoles.csv, plus an age and a nationality
    const t = table({
      "N° adhérent": ["000065"],
      Prénom: ["Brigitte"],
      Nom: ["Casanova"],
      "E-mail": ["b@x.fr"],
      "Tél. portable": ["0643335235"],
      "Code postal": ["13700"],
      Ville: ["Marignane"],
      Genre: ["Mme"],
      "Date de naissance": ["11/12/1995"],
      "Date d'inscription": ["09/12/2025"],
      Âge: [30],
      Nationalité: ["française"],
      "Nb d'heures": [7],
    });
    expect(suggestQuasiIdentifiers(t)).toEqual([
      { column: "Code postal", role: "postcode" },
      { column: "Ville", role: "commune" },
      { column: "Genre", role: "gender" },
      { column: "Date de naissance", role: "birth_date" },
      { column: "Date d'inscription", role: "date" },
      { column: "Âge", role: "age" },
      { column: "Nationalité", role: "nationality" },
    ]);
  });
  it("reads canonical names and date values", () => {
    const t = table({ person_id: ["a"], gender: ["f"], visit: [new Date("2025-01-02")], hours: [2], _line: [2] });
    expect(suggestQuasiIdentifiers(t)).toEqual([
      { column: "gender", role: "gender" },
      { column: "visit", role: "date" },
    ]);
  });
});
