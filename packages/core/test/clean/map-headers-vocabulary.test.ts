import { cleanTable, mapHeaders, safeParseRecipe } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

const now = new Date("2026-01-01T00:00:00Z");

describe("mapHeaders: headers of many shapes", () => {
  it("maps the headers associations write, each with its reason", () => {
    const cases: [string, string, string, string][] = [
      // header, schema, field, reason
      ["N° bénévole", "volunteers", "person_id", "map.reason_synonym"],
      ["Numéro", "volunteers", "person_id", "map.reason_synonym"],
      ["Matricule", "volunteers", "person_id", "map.reason_synonym"],
      ["id_benevole", "volunteers", "person_id", "map.reason_synonym"],
      ["idBenevole", "volunteers", "person_id", "map.reason_synonym"],
      ["N° de bénévole", "volunteers", "person_id", "map.reason_tokens"],
      ["date_activite", "volunteers", "activity_date", "map.reason_synonym"],
      ["dateActivite", "volunteers", "activity_date", "map.reason_synonym"],
      ["Tâche", "volunteers", "activity", "map.reason_synonym"],
      ["Durée", "volunteers", "hours", "map.reason_synonym"],
      ["Nb h", "volunteers", "hours", "map.reason_synonym"],
      ["Nbre d'heures", "volunteers", "hours", "map.reason_tokens"],
      ["Tél.", "volunteers", "phone", "map.reason_synonym"],
      ["CP", "volunteers", "postcode", "map.reason_synonym"],
      ["Dte de naissance", "volunteers", "birth_date", "map.reason_tokens"],
      ["Date de première visite", "beneficiaries", "first_contact_date", "map.reason_synonym"],
      ["Date 1ère visite", "beneficiaries", "first_contact_date", "map.reason_synonym"],
      ["Heures de bénévolat effectuées", "volunteers", "hours", "map.reason_similar"],
      ["Pays", "beneficiaries", "country", "map.reason_synonym"],
      ["Horaires d'ouverture", "sites", "opening_hours", "map.reason_synonym"],
      ["Accès PMR", "sites", "accessibility", "map.reason_synonym"],
      ["Nom du projet", "projects", "project_name", "map.reason_synonym"],
      ["Réussite", "projects", "outcome", "map.reason_synonym"],
    ];
    for (const [header, schema, field, reason] of cases) {
      const m = mapHeaders([header], schema as "volunteers").matches[0];
      expect({ header, field: m?.field, reason: m?.reason }).toEqual({ header, field, reason });
      expect(m?.confidence, header).toBeGreaterThanOrEqual(0.6);
    }
  });
  it("does not match on a generic word alone: a phone number is no identifier, a name no quantity", () => {
    expect(mapHeaders(["N° de téléphone"], "visits").matches[0]?.field).toBeNull();
    expect(mapHeaders(["Nom"], "visits").matches[0]?.field).toBeNull();
    expect(mapHeaders(["Dte naissance"], "visits").matches[0]?.field).toBeNull();
  });
  it("lets values refuse a header: Adhérent oui/non is never the identifier, Matricule is", () => {
    const values = {
      Adhérent: ["oui", "non", "oui", "oui", "non"],
      Matricule: ["B001", "B002", "B003", "B001", "B004"],
    };
    const m = mapHeaders(["Adhérent", "Matricule"], "volunteers", {}, {}, { values }).matches;
    expect(m[0]).toMatchObject({ field: null, reason: "map.reason_rejected_by_values", rejectedField: "person_id" });
    expect(m[1]).toMatchObject({ field: "person_id", evidence: "map.values_codes", valueFit: 1 });
    // alone, Adhérent oui/non still never becomes the identifier
    const alone = mapHeaders(["Adhérent"], "volunteers", {}, {}, { values }).matches[0];
    expect(alone?.field).toBeNull();
  });
  it("maps a column by its values when its header says nothing, for fields values alone can tell", () => {
    const values = { Colonne3: ["75012", "69008", "13003", "33000"], Contact: ["a@b.fr", "c@d.org", "e@f.com"] };
    const m = mapHeaders(["Colonne3", "Contact"], "beneficiaries", {}, {}, { values }).matches;
    expect(m[0]).toMatchObject({ field: "postcode", method: "values", reason: "map.reason_values" });
    expect(m[1]).toMatchObject({ field: "email", method: "values" });
  });
  it("gives a date column to the field its header and values fit best", () => {
    const values = {
      Date: ["12/05/1980", "01/01/1971", "03/04/1955", "07/07/1990"],
      "Date d'inscription": ["12/05/2025", "01/01/2025", "03/04/2024", "07/07/2024"],
    };
    const m = mapHeaders(["Date", "Date d'inscription"], "volunteers", {}, {}, { values, now }).matches;
    // "Date" names the activity, but its values are birth dates: the activity is refused
    expect(m[0]).toMatchObject({ field: null, rejectedField: "activity_date", evidence: "map.values_birth_dates" });
    expect(m[1]?.field).toBe("signup_date");
  });
});

describe("cleanTable writes every mapping decision in the recipe", () => {
  it("with its method, score, reason and evidence, and the kind's score; the recipe stays valid", async () => {
    const table = aq.table({
      "N° bénévole": ["B001", "B002", "B003", "B001"],
      Adhérent: ["oui", "non", "oui", "oui"],
      date_activite: ["01/03/2024", "02/03/2024", "03/03/2024", "04/03/2024"],
      Tâche: ["Accueil", "Collecte", "Accueil", "Tri"],
      Durée: ["2h30", "1 h 45", "45 min", "1,5"],
    });
    const { recipe, report, clean } = await cleanTable(table, { now, reference: realReference() });
    expect(report.schema).toBe("volunteers");
    const byHeader = Object.fromEntries(recipe.columns.map((c) => [c.header, c]));
    expect(byHeader["N° bénévole"]).toMatchObject({
      field: "person_id",
      method: "synonym",
      evidence: "map.values_codes",
    });
    expect(byHeader.Adhérent).toMatchObject({ field: null, reason: "map.reason_rejected_by_values" });
    expect(byHeader.Durée).toMatchObject({ field: "hours", evidence: "map.values_durations" });
    expect(recipe.detection?.score).toBeGreaterThan(0.3);
    expect(recipe.detection?.candidates[0]?.kind).toBe("volunteers");
    expect(clean.array("hours")).toEqual([2.5, 1.75, 0.75, 1.5]);
    expect(safeParseRecipe(JSON.parse(JSON.stringify(recipe))).ok).toBe(true);
    // a recipe written before reasons existed still reads
    const old = { ...recipe, columns: recipe.columns.map((c) => ({ header: c.header, field: c.field })) };
    delete (old as { detection?: unknown }).detection;
    expect(safeParseRecipe(old).ok).toBe(true);
  });
  it("refuses a file whose kind is uncertain, naming the candidates", async () => {
    await expect(cleanTable(aq.table({ Commune: ["Lyon", "Paris", "Lille"] }))).rejects.toMatchObject({
      issues: [{ code: "clean.kind_uncertain", params: { tie: "yes" } }],
    });
  });
});
