import { fileURLToPath } from "node:url";
import { prepareTable } from "@solidata/core";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { assertAccounting, prepareChecked, register } from "./invariants.js";

// Issue #18 item 11: total rows and notes under the table are set aside with their reason, listed in
// the quarantine with their line, and kept out of every figure; rows in = clean + quarantined + merged.
const fet = fileURLToPath(new URL("../fixtures/excel/fr_insee_fet2021_zones_emploi.xlsx", import.meta.url));

describe("total rows and trailing notes of a real INSEE export", () => {
  it("sets aside the Ensemble row and the Lecture, Champ and Source notes of FET2021 figure 1", async () => {
    const ingested = await loadSpreadsheet(fet, { sheet: "figure 1", maxIssuesPerCode: Number.POSITIVE_INFINITY });
    const aside = ingested.report.issues
      .filter((i) => i.code === "ingest.total_row" || i.code === "ingest.trailing_note")
      .map((i) => [i.line, i.code, /^[A-Za-z]+/.exec(i.value ?? "")?.[0]]);
    // worksheet rows 12 to 15, as openpyxl shows them: "Ensemble", "Lecture :", "Champ :", "Source :"
    expect(aside).toEqual([
      [12, "ingest.total_row", "Ensemble"],
      [13, "ingest.trailing_note", "Lecture"],
      [14, "ingest.trailing_note", "Champ"],
      [15, "ingest.trailing_note", "Source"],
    ]);
    const prepared = await prepareTable(ingested, { kind: "groups" });
    assertAccounting(prepared);
    const quarantine = prepared.cleaned?.quarantine.objects() as { line: number; code: string }[];
    expect(quarantine.map((q) => [q.line, q.code])).toEqual([
      [12, "ingest.total_row"],
      [13, "ingest.trailing_note"],
      [14, "ingest.trailing_note"],
      [15, "ingest.trailing_note"],
    ]);
    // the figure from the clean rows equals the file's own total (305 zones, 27,890,749 jobs), not twice it
    const clean = prepared.cleaned?.clean;
    if (clean === undefined) throw new Error("the file is cleaned");
    const sum = (name: string): number =>
      (clean.array(name) as (number | null)[]).reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(sum("Nombre de zones d’emploi")).toBe(305);
    expect(sum("Nombre d’emplois 2017")).toBe(27_890_749);
  });

  it("keeps totals and notes out of type inference: the number columns stay numbers", async () => {
    const { report } = await loadSpreadsheet(fet, { sheet: "figure 3" });
    // figure 3 ends with "Champ : France." and "Source : Insee, recensement de la population 2017."
    expect(report.issues.filter((i) => i.code === "ingest.trailing_note").map((i) => i.line)).toEqual([11, 12]);
    expect(report.columns.slice(1).every((c) => c.type === "integer" || c.type === "decimal")).toBe(true);
  });
});

describe("total rows and notes in a register", () => {
  it("quarantines a Total row and a Source note, keeps a note followed by data, and balances", async () => {
    const text = register(
      [
        "Dupont;Jean;12/03/1980;75011",
        "Source : fichier de l'accueil;;;",
        "Martin;Léa;01/02/1990;69001",
        "Total;;;2",
        "",
        "Note : extrait du 3 mars;;;",
      ],
      "Nom;Prénom;Date de naissance;Nombre",
    );
    const { ingested, prepared } = await prepareChecked(text);
    const codes = ingested.report.issues
      .filter((i) => i.code === "ingest.total_row" || i.code === "ingest.trailing_note")
      .map((i) => [i.line, i.code]);
    // line 3 has data after it: not under the table, so not a trailing note
    expect(codes).toEqual([
      [5, "ingest.total_row"],
      [7, "ingest.trailing_note"],
    ]);
    const quarantine = prepared.cleaned?.quarantine.objects() as { line: number; code: string }[];
    expect(quarantine.filter((q) => q.code.startsWith("ingest.")).map((q) => q.line)).toEqual([5, 7]);
  });

  it("does not take an association named Ensemble vocal for a total", async () => {
    const text = register(["Ensemble vocal;;;300", "Total;;;300"], "Nom;Prénom;Date de naissance;Montant");
    const { ingested } = await prepareChecked(text);
    expect(ingested.report.issues.filter((i) => i.code === "ingest.total_row").map((i) => i.line)).toEqual([3]);
  });
});
