import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanTable, fromCSV, parseDate, prepareTable } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { assertAccounting } from "./invariants.js";

// Issue #18 item 11: month-year values are dates of month precision: the first of the month as the
// value, `datePrecision: "month"` in the column's report, the same through the ingest and the cleaning.
const mali = fileURLToPath(new URL("../fixtures/hxl/hxl_mali_population_movements_fr_months.csv", import.meta.url));

describe("month-year values", () => {
  it("types the French month periods of the HXL Mali file as dates of month precision", async () => {
    const ingested = fromCSV(readFileSync(mali));
    const date = ingested.report.columns.find((c) => c.name === "Date");
    expect(date?.type).toBe("date");
    expect(date?.datePrecision).toBe("month");
    const values = (ingested.table.array("Date") as Date[]).map((d) => d.toISOString().slice(0, 10));
    // the file's periods run monthly from "Septembre 2012"; "Decembre  2012" has two spaces, "fevrier 2014" is lower case
    expect(values.slice(0, 4)).toEqual(["2012-09-01", "2012-10-01", "2012-11-01", "2012-12-01"]);
    expect(values).toContain("2014-02-01");
    expect(ingested.report.issueCounts["ingest.value_not_parsed"]).toBeUndefined();
    assertAccounting(await prepareTable(ingested, { kind: "groups" }));
  });

  it("reads every written form the same through the ingest and the cleaning", async () => {
    const forms = ["janv.-24", "01/2024", "2024-01", "janvier 2024", "Jan 2024", "JANVIER 2024", "janv 2024"];
    const ingested = fromCSV(`Nom;Mois;Heures\n${forms.map((f, i) => `P${i};${f};${i}`).join("\n")}\n`);
    expect(ingested.report.columns[1]?.datePrecision).toBe("month");
    const read = (ingested.table.array("Mois") as Date[]).map((d) => d.toISOString().slice(0, 10));
    expect(read).toEqual(forms.map(() => "2024-01-01"));
    for (const form of forms) expect(parseDate(form)).toEqual({ ok: true, value: new Date("2024-01-01T00:00:00Z") });
    // the cleaning of the text as written agrees, and keeps the precision in the recipe
    const cleaned = await cleanTable(
      fromCSV(`Date;Activité;Heures\n${forms.map((f) => `${f};Accueil;2`).join("\n")}\n`, { types: { Date: "text" } })
        .table,
      { schema: "volunteers" },
    );
    const field = Object.entries(cleaned.recipe.fields).find(([, f]) => f.kind === "date");
    expect(field?.[1].precision).toBe("month");
    expect((cleaned.clean.array(field?.[0] ?? "") as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual(
      forms.map(() => "2024-01-01"),
    );
  });

  it("refuses a thirteenth month and keeps full dates at day precision", () => {
    expect(parseDate("13/2024").ok).toBe(false);
    const { report } = fromCSV("Nom;Date\nA;03/04/2024\nB;05/06/2024\n");
    expect(report.columns[1]?.datePrecision).toBeUndefined();
  });
});
