import { formatMessage, isMessageCode, SchemaName, schemaFields, schemas } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { catalogue as messages } from "../../src/messages/catalogue.js";

describe("schemas", () => {
  it("hold the canonical fields of the data model, in order", () => {
    expect(schemaFields.volunteers.map((f) => f.name)).toEqual([
      "person_id",
      "first_name",
      "last_name",
      "email",
      "phone",
      "postcode",
      "commune",
      "country",
      "gender",
      "birth_date",
      "age",
      "signup_date",
      "activity_date",
      "activity",
      "hours",
      "site",
    ]);
    expect(schemaFields.visits.map((f) => f.name)).toEqual(["person_id", "visit_date", "service", "site", "quantity"]);
    expect(schemaFields.groups.map((f) => f.name)).toEqual([
      "group_id",
      "name",
      "commune",
      "country",
      "created_date",
      "last_activity_date",
      "status",
      "members",
      "outcome",
    ]);
    expect(schemaFields.outcomes.map((f) => f.name)).toEqual([
      "person_id",
      "measure",
      "baseline_value",
      "baseline_date",
      "followup_value",
      "followup_date",
      "followup_wave",
      "outcome",
      "arm",
    ]);
    expect(schemaFields.beneficiaries.map((f) => f.name)).toEqual([
      "person_id",
      "first_name",
      "last_name",
      "email",
      "phone",
      "address",
      "birth_date",
      "age",
      "gender",
      "household_size",
      "postcode",
      "commune",
      "country",
      "first_contact_date",
      "situation",
    ]);
    expect(schemaFields.sites.map((f) => f.name)).toEqual([
      "site_id",
      "name",
      "address",
      "postcode",
      "commune",
      "country",
      "latitude",
      "longitude",
      "opening_hours",
      "accessibility",
      "phone",
      "email",
      "website",
      "site_type",
    ]);
    expect(schemaFields.projects.map((f) => f.name)).toEqual([
      "project_id",
      "project_name",
      "outcome",
      "score",
      "start_date",
      "end_date",
      "budget",
      "site",
    ]);
  });
  it("give sites and projects no person field", () => {
    const person = ["person_id", "first_name", "last_name", "birth_date", "gender", "age"];
    for (const name of ["sites", "projects"] as const) {
      expect(schemaFields[name].filter((f) => person.includes(f.name))).toEqual([]);
    }
  });
  it("accept another country's postcode in a clean row (Belgian 1000, British SW1A 1AA)", () => {
    expect(schemas.sites.safeParse({ name: "Resto", postcode: "1000" }).success).toBe(true);
    expect(schemas.sites.safeParse({ name: "Resto", postcode: "SW1A 1AA" }).success).toBe(true);
  });
  it("give every field French and English labels and at least one synonym", () => {
    for (const name of Object.values(SchemaName)) {
      for (const f of schemaFields[name]) {
        expect(f.label.fr, `${name}.${f.name}`).not.toBe("");
        expect(f.label.en, `${name}.${f.name}`).not.toBe("");
        expect(f.synonyms.length, `${name}.${f.name}`).toBeGreaterThan(0);
      }
    }
  });
  it("check a clean row with zod: identifiers as text, typed values, required fields", () => {
    const row = {
      person_id: "000123",
      visit_date: new Date("2024-03-01T00:00:00Z"),
      service: "Colis",
      quantity: 2,
      extra: "kept",
    };
    expect(schemas.visits.safeParse(row).success).toBe(true);
    expect(schemas.visits.safeParse({ ...row, person_id: 123 }).success).toBe(false);
    expect(schemas.visits.safeParse({ ...row, visit_date: null }).success).toBe(false);
    expect(schemas.visits.safeParse({ ...row, quantity: -1 }).success).toBe(false);
    expect(schemas.volunteers.safeParse({ activity_date: new Date(), phone: "06 12" }).success).toBe(false);
    expect(
      schemas.volunteers.safeParse({ activity_date: new Date(), phone: "+33612345678", postcode: "01400" }).success,
    ).toBe(true);
  });
  it("word every message of the module in English and French", () => {
    expect(Object.keys(messages.fr).sort()).toEqual(Object.keys(messages.en).sort());
    for (const code of Object.keys(messages.en).filter(isMessageCode))
      expect(formatMessage(code, "fr", {})).not.toBe(code);
  });
});
