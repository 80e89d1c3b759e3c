import { detectSchema } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("detectSchema", () => {
  it("recognises each kind of table from typical headers", () => {
    expect(detectSchema(["Prénom", "Nom", "Date de la mission", "Mission", "Nb d'heures", "Antenne"]).schema).toBe(
      "volunteers",
    );
    expect(detectSchema(["N° adhérent", "Date de passage", "Service", "Quantité", "Site"]).schema).toBe("visits");
    expect(
      detectSchema([
        "Identifiant",
        "Nom",
        "Prénom",
        "Composition du foyer",
        "Date premier contact",
        "Situation",
        "Code postal",
      ]).schema,
    ).toBe("beneficiaries");
    expect(detectSchema(["group id", "Group name", "Country", "Created date", "Status", "Members"]).schema).toBe(
      "groups",
    );
    expect(
      detectSchema(["Member ID", "Measure", "Baseline value", "Follow-up value", "Follow-up wave", "Arm"]).schema,
    ).toBe("outcomes");
  });
  it("is confident when one schema stands out and returns null when nothing matches", () => {
    const clear = detectSchema(["Date de la mission", "Mission", "Nb d'heures"]);
    expect(clear.confidence).toBeGreaterThan(0.3);
    expect(clear.scores.volunteers).toBeGreaterThan(clear.scores.visits);
    expect(detectSchema(["foo", "bar"])).toEqual({
      schema: null,
      confidence: 0,
      scores: { volunteers: 0, beneficiaries: 0, visits: 0, groups: 0, outcomes: 0, sites: 0, projects: 0 },
    });
  });
});
