import { fileURLToPath } from "node:url";
import { fromCSV, prepareTable } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { assertAccounting } from "./invariants.js";

// Issue #18 item 11: headers written on two rows are joined into one name per column, recorded as
// `ingest.header_rows_joined`, and the rows joined are not read as data.
const excel = (name: string): string => fileURLToPath(new URL(`../fixtures/excel/${name}`, import.meta.url));

describe("multi-row headers of real exports", () => {
  it("joins the years under the merged cell F3:G3 of FET2021 figure 1", async () => {
    const ingested = await loadSpreadsheet(excel("fr_insee_fet2021_zones_emploi.xlsx"), { sheet: "figure 1" });
    const { report, table } = ingested;
    // row 3 holds the labels, F3:G3 is merged over 2000 (F4) and 2017 (G4), as openpyxl's merged_cells shows
    expect(report.columns.map((c) => c.name).slice(4, 7)).toEqual([
      "Évolution de l’emploi 2000-2017 (en %)",
      "Part de l’emploi total (en%) 2000",
      "Part de l’emploi total (en%) 2017",
    ]);
    const joined = report.issues.find((i) => i.code === "ingest.header_rows_joined");
    expect(joined?.params?.lines).toBe("4");
    // row 4 is no record: the first record is row 5, and the year columns hold numbers only
    expect((table.array("_line") as number[])[0]).toBe(5);
    expect(report.columns.find((c) => c.name === "Part de l’emploi total (en%) 2017")?.type).toBe("decimal");
    assertAccounting(await prepareTable(ingested, { kind: "groups" }));
  });

  it("joins the merged group row above the header of FET2021 figure 3", async () => {
    const { report } = await loadSpreadsheet(excel("fr_insee_fet2021_zones_emploi.xlsx"), { sheet: "figure 3" });
    // B3:G3 "en nombre" and H3:M3 "en % de l'emploi total" over Agriculteurs … Ouvriers twice
    expect(report.columns.map((c) => c.name).slice(1, 3)).toEqual(["en nombre Agriculteurs", "en nombre Artisans"]);
    expect(report.columns[7]?.name).toBe("en % de l'emploi total Agriculteurs");
    expect(report.issues.some((i) => i.code === "ingest.duplicate_header")).toBe(false);
  });

  it("joins the row of variable codes under the labels of the INSEE intercommunalities", async () => {
    const path = excel("fr_insee_intercommunalites_2020.xlsx");
    const epci = await loadSpreadsheet(path, { sheet: "EPCI" });
    // rows 5 (labels) and 6 (codes); the file holds 1,256 EPCIs (SOURCES.md, counted with openpyxl)
    expect(epci.report.columns.map((c) => c.name)).toEqual([
      "EPCI - Métropole (EPCI)",
      "Libellé de l'EPCI / Métropole (LIBEPCI)",
      "Nature d'EPCI (NATURE_EPCI)",
      "Nombre communes (NB_COM)",
    ]);
    expect(epci.report.rows).toBe(1256);
    expect(epci.report.columns[3]?.type).toBe("integer");
    const communes = await loadSpreadsheet(path, { sheet: "Composition_communale" });
    expect(communes.report.rows).toBe(34_968);
    expect(communes.report.columns[0]?.name).toBe("Code géographique (CODGEO)");
    expect(communes.table.get("Code géographique (CODGEO)", 0)).toBe("01001");
  });

  it("joins a year row under a header with a blank cell in CSV, where no merge is known", async () => {
    const csv = "Commune;Population;;Surface\n;2019;2020;\nAix;100;110;3,5\nBrest;200;210;4,5\nCaen;300;310;5,5\n";
    const { report, table } = fromCSV(csv);
    expect(report.columns.map((c) => c.name)).toEqual(["Commune", "Population 2019", "Population 2020", "Surface"]);
    expect(table.numRows()).toBe(3);
  });

  it("leaves a first record of text over text columns as data", () => {
    const { report } = fromCSV("Nom;Ville\nDupont;Paris\nMartin;Lyon\n");
    expect(report.rows).toBe(2);
    expect(report.issues.some((i) => i.code === "ingest.header_rows_joined")).toBe(false);
  });
});
