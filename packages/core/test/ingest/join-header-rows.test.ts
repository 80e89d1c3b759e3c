import { describe, expect, it } from "vitest";
import { joinHeaderRows } from "../../src/ingest/join-header-rows.js";

describe("joinHeaderRows", () => {
  const data = [
    ["Aix", "7.5", "7", "11.3"],
    ["Brest", "8.1", "7.8", "15.7"],
  ];

  it("joins years under a merged header cell, spreading its text", () => {
    const joined = joinHeaderRows(["Zone", "Part", "", "Densité"], [["", "2000", "2017", ""]], data, [
      { from: 1, to: 2 },
    ]);
    expect(joined).toEqual({ rows: 1, above: false, names: ["Zone", "Part 2000", "Part 2017", "Densité"] });
  });

  it("joins years under a blank header cell without merge information", () => {
    const joined = joinHeaderRows(["Zone", "Part", "", "Densité"], [["", "2000", "2017", ""]], data);
    expect(joined?.names).toEqual(["Zone", "Part 2000", "Part 2017", "Densité"]);
  });

  it("joins a row of variable codes, the code in brackets", () => {
    const joined = joinHeaderRows(
      ["Code", "Libellé", "Nombre"],
      [["EPCI", "LIBEPCI", "NB_COM"]],
      [
        ["200000172", "CC Faucigny-Glières", "7"],
        ["200000438", "CC du Pays de Pontchâteau", "9"],
      ],
    );
    expect(joined?.names).toEqual(["Code (EPCI)", "Libellé (LIBEPCI)", "Nombre (NB_COM)"]);
  });

  it("joins a group row above the header", () => {
    const joined = joinHeaderRows(["", "A", "B", "A", "B"], [], [["x", "1", "2", "3", "4"]], [], {
      row: ["", "en nombre", "", "en %", ""],
      spans: [],
    });
    expect(joined).toEqual({ rows: 0, above: true, names: ["", "en nombre A", "en nombre B", "en % A", "en % B"] });
  });

  it("leaves data alone: values, a value also seen below, text over text", () => {
    expect(joinHeaderRows(["Nom", "Heures"], [["Dupont", "3"]], [["Martin", "4"]])).toBeUndefined();
    expect(joinHeaderRows(["Nom", "Ville"], [["Dupont", "Paris"]], [["Martin", "Lyon"]])).toBeUndefined();
    expect(joinHeaderRows(["Type", "Code"], [["CC", "AB"]], [["CC", "AC"]])).toBeUndefined();
    expect(joinHeaderRows(["Zone", "Part"], [["", "2000"]], [])).toBeUndefined();
  });
});
