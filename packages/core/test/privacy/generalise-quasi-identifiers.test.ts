import { generaliseQuasiIdentifiers } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("generaliseQuasiIdentifiers", () => {
  it("coarsens the commune with the postcode and the birth date with the age", () => {
    const t = table({
      cp: ["69100", "01000", null],
      ville: ["Villeurbanne", "Bourg-en-Bresse", "Lyon"],
      age: [34, 80, 17],
      naissance: ["11/12/1991", "1945-03-02", new Date("2008-01-05")],
      entree: ["03/02/2025", "2025-11-30", null],
      genre: ["F", "M", "F"],
    });
    const out = generaliseQuasiIdentifiers(t, [
      { column: "cp", role: "postcode" },
      { column: "ville", role: "commune" },
      { column: "age", role: "age" },
      { column: "naissance", role: "birth_date" },
      { column: "entree", role: "date" },
      { column: "genre", role: "gender" },
    ]);
    expect(out.table.objects()).toEqual([
      { cp: "69", ville: "69", age: "30-39", naissance: "1990-1999", entree: "2025-02", genre: "F" },
      { cp: "01", ville: "01", age: "80-89", naissance: "1940-1949", entree: "2025-11", genre: "M" },
      // no postcode on the row and the commune is a name, not a code: it is not left in clear
      { cp: null, ville: null, age: "10-19", naissance: "2000-2009", entree: null, genre: "F" },
    ]);
    expect(out.changes.map((c) => c.level)).toEqual([
      "departement",
      "departement",
      "age-band",
      "birth-decade",
      "month",
    ]);
  });
});

describe("generaliseQuasiIdentifiers at coarser levels", () => {
  it("moves every column to the same level at once", () => {
    const t = table({ age: [34, 80], naissance: ["11/12/1991", "1945-03-02"], entree: ["03/02/2025", "2024-11-30"] });
    const quasi = [
      { column: "age", role: "age" as const },
      { column: "naissance", role: "birth_date" as const },
      { column: "entree", role: "date" as const },
    ];
    expect(generaliseQuasiIdentifiers(t, quasi, 2).table.objects()).toEqual([
      { age: "25-64", naissance: "1980-1999", entree: "2025" },
      { age: "65+", naissance: "1940-1959", entree: "2024" },
    ]);
    expect(generaliseQuasiIdentifiers(t, quasi, 3).table.objects()).toEqual([
      { age: null, naissance: null, entree: null },
      { age: null, naissance: null, entree: null },
    ]);
  });
});
