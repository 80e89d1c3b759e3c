// Catalogue entry 33: the same person typed differently (`MARIE  DUPONT` / `Marie Dupont`, e-mail case,
// `06 12 34 56 78` / `+33612345678`) is matched after canonicalisation, even in a register of a few rows
// (where no blocking key is shared). Conflicting non-key fields are kept on their own rows (the pairs
// list is the merge log: which records were joined and on which fields), never overwritten.
// Truth: the registers are written by hand; the people they hold are known by construction.
import { applyPersonIds, fromCSV, linkPeople, linkRecords } from "@solidata/core";
import { describe, expect, it } from "vitest";

/** Records 1 and 3 are Marie Dupont; every other record is one other person. */
const FOUR = [
  "nom;courriel;téléphone;situation",
  "MARIE  DUPONT;Marie.Dupont@Exemple.FR;06 12 34 56 78;salariée",
  "Martin Paul;paul.martin@exemple.fr;07 11 22 33 44;retraité",
  "Marie Dupont;marie.dupont@exemple.fr;+33612345678;demandeuse d'emploi",
  "Petit Louise;louise.petit@exemple.fr;06 55 44 33 22;étudiante",
].join("\n");

/** Records 1 and 3 are Marie Dupont, 4 and 6 Louise Petit (e-mail case and phone format differ). */
const SEVEN = [
  "nom;prénom;courriel;téléphone;ville;situation",
  "MARIE  DUPONT;;Marie.Dupont@Exemple.FR;06 12 34 56 78;Lyon;salariée",
  "Martin;Paul;paul.martin@exemple.fr;07 11 22 33 44;Lyon;retraité",
  "Dupont;Marie;marie.dupont@exemple.fr;+33612345678;Lyon;demandeuse d'emploi",
  "Petit;Louise;LOUISE.PETIT@exemple.fr;06 55 44 33 22;Lyon;étudiante",
  "Garcia;Ana;ana.garcia@exemple.fr;07 66 55 44 33;Villeurbanne;salariée",
  "Petit;Louise;louise.petit@exemple.fr;+33655443322;Lyon;salariée",
  "Bernard;Luc;luc.bernard@exemple.fr;06 01 02 03 04;Bron;salarié",
].join("\n");

const people = (csv: string) => fromCSV(csv).table;
const groups = (clusters: { records: string[] }[]) => clusters.map((c) => c.records.join(" "));

describe("33. the same person formatted differently", () => {
  it("links the two Marie Dupont of a four-row register (no blocking key in common)", () => {
    const table = people(FOUR);
    const { clusters, pairs } = linkRecords([{ name: "inscrits.csv", table }]);
    expect(groups(clusters)).toEqual(["inscrits.csv:1 inscrits.csv:3", "inscrits.csv:2", "inscrits.csv:4"]);
    // I1: every record in exactly one cluster
    expect(clusters.reduce((n, c) => n + c.records.length, 0)).toBe(table.numRows());
    // the merge log: the joined pair and the fields it agreed on once canonicalised
    const joined = pairs.find((p) => p.a === "inscrits.csv:1" && p.b === "inscrits.csv:3");
    expect(joined?.status === "linked" || joined?.status === "same_values").toBe(true);
    const levels = Object.fromEntries((joined?.fields ?? []).map((f) => [f.field, f.level]));
    expect(levels).toMatchObject({ email: "exact", phone: "exact" });
  });

  it("links both people of a seven-row register and nobody else", () => {
    const table = people(SEVEN);
    const { clusters, report } = linkRecords([{ name: "inscrits.csv", table }]);
    expect(groups(clusters)).toEqual([
      "inscrits.csv:1 inscrits.csv:3",
      "inscrits.csv:2",
      "inscrits.csv:4 inscrits.csv:6",
      "inscrits.csv:5",
      "inscrits.csv:7",
    ]);
    // a small register compares every pair: 7 × 6 / 2 = 21, less the 1 pair of identical records
    // (4 and 6 have the same identity values once canonicalised and are compared once)
    expect(report.counts.pairsCompared).toBe(15);
    expect(report.blocking.at(-1)).toMatchObject({ rule: "all_pairs", refused: false });
  });

  it("keeps the conflicting non-key field of each row: identifiers are joined, rows are not overwritten", () => {
    const table = fromCSV(
      `person_id;${SEVEN.split("\n")[0]}\n${SEVEN.split("\n")
        .slice(1)
        .map((row, i) => `B${String(i + 1).padStart(3, "0")};${row}`)
        .join("\n")}`,
    ).table;
    const links = linkPeople(table);
    expect(links.method).toBe("fellegi-sunter");
    expect(links.mapping).toEqual({ B003: "B001", B006: "B004" });
    expect(links.people).toBe(5);
    const applied = applyPersonIds(table, links.mapping).table;
    expect(applied.numRows()).toBe(7);
    const rows = applied.objects() as { person_id: string; situation: string }[];
    // the two rows of B001 keep their own situation, both of them
    expect(rows.filter((r) => r.person_id === "B001").map((r) => r.situation)).toEqual([
      "salariée",
      "demandeuse d'emploi",
    ]);
    expect(rows.filter((r) => r.person_id === "B004").map((r) => r.situation)).toEqual(["étudiante", "salariée"]);
    // and the input table is untouched
    expect(table.array("situation")).toEqual(rows.map((r) => r.situation));
  });
});
