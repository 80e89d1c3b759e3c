import { readFileSync } from "node:fs";
import { cleanTable, fromCSV, resolvePersonIds } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";
import { readTruth, samples } from "./truth.js";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("resolvePersonIds", () => {
  it("maps a second registration to the first, by names in either order and birth date", () => {
    const register = aq.table({
      person_id: ["B00001", "B00002", "B10001", "B10002"],
      first_name: ["Zoé", "Jean-Éric", "DURAND", "Jean Eric"],
      last_name: ["Durand", "L'Hôte", "Zoe", "Lhote"],
      birth_date: [day("1980-02-01"), day("1975-05-05"), day("1980-02-01"), day("1975-05-05")],
      _line: [2, 3, 4, 5],
    });
    expect(resolvePersonIds(register)).toEqual({
      mapping: { B10001: "B00001", B10002: "B00002" },
      resolutions: [
        { id: "B10001", canonical: "B00001", rule: "name_birth_date", line: 4, canonicalLine: 2 },
        { id: "B10002", canonical: "B00002", rule: "name_birth_date", line: 5, canonicalLine: 3 },
      ],
    });
  });

  it("joins a mistyped name by birth date and phone, and a missing birth date by phone", () => {
    const register = aq.table({
      person_id: ["B1", "B2", "B3", "B4"],
      first_name: ["Maëlys", "Maelys", "Paul", "Paul"],
      last_name: ["Roux", "Ruox", "Martin", "Martin"],
      birth_date: [day("2004-08-26"), day("2004-08-26"), day("1990-01-01"), null],
      phone: ["+33601226646", "+33601226646", "+33700000000", "+33700000000"],
    });
    expect(resolvePersonIds(register).resolutions.map((r) => [r.id, r.canonical, r.rule])).toEqual([
      ["B2", "B1", "one_name_birth_date_phone"],
      ["B4", "B3", "name_phone"],
    ]);
  });

  it("keeps apart namesakes born on other days, and rows missing what a rule needs", () => {
    const register = aq.table({
      person_id: ["B1", "B2", "B3", "B4"],
      first_name: ["Léa", "Léa", "Léa", null],
      last_name: ["Petit", "Petit", "Petit", "Petit"],
      birth_date: [day("2001-01-01"), day("2002-02-02"), null, day("2001-01-01")],
    });
    expect(resolvePersonIds(register)).toEqual({ mapping: {}, resolutions: [] });
    expect(resolvePersonIds(aq.table({ name: ["x"] }))).toEqual({ mapping: {}, resolutions: [] });
  });

  for (const [lang, file] of [
    ["fr", "beneficiaires"],
    ["en", "beneficiaries"],
  ] as const) {
    it(`${lang}/${file}.csv: every person registered again is mapped to the first registration, and no one else`, async () => {
      const { table, report } = fromCSV(readFileSync(new URL(`${lang}/${file}.csv`, samples)), {
        maxIssuesPerCode: Infinity,
      });
      const { clean } = await cleanTable(table, {
        now: new Date("2026-01-01T00:00:00Z"),
        reference: realReference(),
        ingestIssues: report.issues,
      });
      const truth = readTruth(`${lang}/truth/beneficiaries.csv`);
      const again = Object.fromEntries(truth.filter((t) => t.duplicate_of !== "").map((t) => [t.row_id, t.person_id]));
      expect(Object.keys(again)).toHaveLength(25);
      expect(resolvePersonIds(clean).mapping).toEqual(again);
    });
  }
});
